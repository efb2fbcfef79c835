import PDFDocument from "pdfkit";
import { REPORT_SECTIONS, sectionDescription } from "../../domain/feedback/report-sections";
import type { FeedbackReport } from "../../domain/feedback/report-types";
import {
  ACCENT,
  contentWidth,
  type Doc,
  FOOTER_ROOM,
  footers,
  heading,
  MARGIN,
  MUTED,
  PANEL,
  paragraph,
  registerFonts,
  style,
  WARNING,
  write,
  writtenDate,
} from "../pdf/page-layout";
import { collect, pdfFileName } from "../pdf/pdf-output";
import { keptWithHeading, SECTION_WRITERS } from "./report-pdf-sections";

/** What the report itself does not carry: whose it is, who made it and when. */
export interface ReportFacts {
  clientName: string;
  coachName: string;
  practiceName: string;
  deadline: string;
  /** The campaign's time zone, in which its days are written. */
  timeZone: string;
  closedAt: Date | null;
  releasedAt: Date | null;
  /** The coach's preview before release. */
  preview: boolean;
}

/**
 * The report as a PDF, built in memory: a first page that says whose report it is, then every
 * part of the web report in its order, with the same charts, and a footer on every page.
 */
export function reportPdf(report: FeedbackReport, facts: ReportFacts): Promise<Buffer> {
  const title = `360-degree feedback report: ${facts.clientName}`;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: FOOTER_ROOM },
    bufferPages: true,
    info: { Title: title, Author: facts.coachName, Creator: "Keel" },
  });
  const done = collect(doc);
  registerFonts(doc);
  cover(doc, report, facts);
  const releaseNote = facts.releasedAt
    ? `Released on ${writtenDate(facts.releasedAt, facts.timeZone)}. It never changes once released.`
    : "Once released, it never changes: answers can no longer be added or edited.";
  for (const section of REPORT_SECTIONS) {
    const description = sectionDescription(section.id, report);
    heading(doc, section.title, keptWithHeading(doc, section.id, report) + (description ? 30 : 0));
    if (description) paragraph(doc, description, { size: 9, color: MUTED });
    doc.moveDown(0.4);
    SECTION_WRITERS[section.id](doc, { report, releaseNote });
  }
  footers(doc, facts.practiceName, title);
  doc.end();
  return done;
}

export function reportFileName(clientName: string): string {
  return pdfFileName("360-report", clientName);
}

/** Whose report it is, from whom and when, and how many answered: the top of the first page. */
function cover(doc: Doc, report: FeedbackReport, facts: ReportFacts) {
  const width = contentWidth(doc);
  style(doc, { size: 10, bold: true, color: ACCENT }).text(
    "360-degree feedback report",
    MARGIN,
    MARGIN,
    {
      characterSpacing: 1,
    },
  );
  write(style(doc, { size: 26, bold: true }), facts.clientName, MARGIN, doc.y + 4, { width });
  write(style(doc, { size: 12, color: MUTED }), report.modelName, MARGIN, doc.y, { width });
  if (facts.preview) {
    doc.moveDown(0.6);
    style(doc, { size: 10, bold: true, color: WARNING }).text(
      "Preview: not yet released to the client",
      { width },
    );
  }
  doc.moveDown(1);
  factPanel(doc, [
    ["Practice", facts.practiceName],
    ["Coach", facts.coachName],
    ["Deadline", writtenDate(facts.deadline, facts.timeZone)],
    ["Closed", facts.closedAt ? writtenDate(facts.closedAt, facts.timeZone) : "Not yet"],
    ["Released", facts.releasedAt ? writtenDate(facts.releasedAt, facts.timeZone) : "Not yet"],
    ["Responses", responsesLine(report)],
  ]);
  const groups = report.units.map((unit) => `${unit.label} ${unit.responses}`).join(" · ");
  if (groups) paragraph(doc, `By group: ${groups}`, { size: 9, color: MUTED });
}

function responsesLine(report: FeedbackReport): string {
  const n = report.responses;
  return `${n}${report.selfRated ? ", and a self-rating" : ""}`;
}

/** Facts in a shaded panel, three to a row: a small label above each value. */
function factPanel(doc: Doc, facts: [string, string][]) {
  const width = contentWidth(doc);
  const column = width / 3;
  const rowHeight = 52;
  const rows = Math.ceil(facts.length / 3);
  const top = doc.y;
  doc.rect(MARGIN, top, width, rows * rowHeight + 12).fill(PANEL);
  facts.forEach(([label, value], i) => {
    const x = MARGIN + 12 + (i % 3) * column;
    const y = top + 10 + Math.floor(i / 3) * rowHeight;
    style(doc, { size: 8, color: MUTED }).text(label.toUpperCase(), x, y, {
      width: column - 20,
      characterSpacing: 0.5,
    });
    // Two lines at most: a long practice name wraps once, then ends with an ellipsis.
    write(style(doc, { size: 11, bold: true }), value, x, y + 12, {
      width: column - 20,
      height: 30,
      ellipsis: true,
    });
  });
  doc.y = top + rows * rowHeight + 22;
  doc.x = MARGIN;
}
