import PDFDocument from "pdfkit";
import { differenceText } from "../../domain/feedback/report-figures";
import type { FeedbackReport, ItemHighlight } from "../../domain/feedback/report-types";
import { selfAndOthers, splitViews } from "./report-pdf-charts";
import {
  bullet,
  contentWidth,
  type Doc,
  day,
  ensureRoom,
  heading,
  INK,
  MARGIN,
  MUTED,
  one,
  paragraph,
  RULE,
  SELF,
  safe,
} from "./report-pdf-layout";

/** What the report itself does not carry: whose it is and when it was made. */
export interface ReportFacts {
  clientName: string;
  coachName: string;
  deadline: string;
  closedAt: Date | null;
  releasedAt: Date | null;
  /** The coach's preview before release. */
  preview: boolean;
}

/** The report as a PDF, built in memory. `compress: false` leaves its text readable to tests. */
export function reportPdf(
  report: FeedbackReport,
  facts: ReportFacts,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: safe(`360-degree feedback: ${facts.clientName}`), Author: "Keel" },
  });
  const done = collect(doc);
  titlePage(doc, report, facts);
  selfAndOthers(doc, report);
  byUnit(doc, report);
  highlights(doc, report);
  splitViews(doc, report);
  extremes(doc, report);
  comments(doc, report);
  doc.end();
  return done;
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

/** "360-report-ana-lopez.pdf": the client's name in plain ASCII, safe in any header. */
export function reportFileName(clientName: string): string {
  const slug = clientName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `360-report-${slug || "client"}.pdf`;
}

// The title page.

function titlePage(doc: Doc, report: FeedbackReport, facts: ReportFacts) {
  doc.font("Helvetica-Bold").fontSize(24).fillColor(INK).text("360-degree feedback report");
  doc.moveDown(0.3).fontSize(16).text(safe(facts.clientName));
  if (facts.preview)
    doc.moveDown(0.5).fontSize(11).fillColor(SELF).text("Preview: not yet released to the client");
  doc.moveDown(1);
  const lines = [
    `Competency model: ${report.modelName}`,
    `Coach: ${facts.coachName}`,
    `Deadline: ${facts.deadline}`,
    `Closed: ${day(facts.closedAt)}`,
    `Released: ${facts.releasedAt ? day(facts.releasedAt) : "not yet"}`,
    `Anonymity threshold: a group is shown with at least ${report.threshold} responses`,
    `Self-rating: ${report.selfRated ? "included" : "not given"}`,
  ];
  for (const line of lines) paragraph(doc, line);
  heading(doc, "Who answered");
  for (const unit of report.units)
    bullet(
      doc,
      `${unit.label}: ${unit.responses} ${unit.responses === 1 ? "response" : "responses"}`,
    );
  if (report.units.length === 0) paragraph(doc, "No group had enough responses to be shown.");
  if (report.withheldResponses > 0)
    paragraph(
      doc,
      `${report.withheldResponses} more ${report.withheldResponses === 1 ? "response is" : "responses are"} in no figure: too few to keep the raters anonymous, even merged.`,
      MUTED,
    );
  if (report.lateRaters) paragraph(doc, report.lateRaters.note, MUTED);
  doc.moveDown(0.5);
  paragraph(doc, report.rules.threshold, MUTED);
  paragraph(doc, report.rules.merging, MUTED);
  if (report.managerIdentified)
    paragraph(doc, "Raters were told that the manager's answers are shown on their own.", MUTED);
}

// The breakdown by unit: competencies down, units across.

function byUnit(doc: Doc, report: FeedbackReport) {
  heading(doc, "By group");
  paragraph(doc, `A dash: fewer than ${report.threshold} answers, so not shown.`, MUTED);
  doc.moveDown(0.5);
  const columns = [{ id: "others", label: "All shown" }, ...report.units];
  const first = 150;
  const width = Math.min(90, (contentWidth(doc) - first) / columns.length);
  tableRow(
    doc,
    "Competency",
    columns.map((c) => c.label),
    first,
    width,
    true,
  );
  for (const competency of report.competencies) {
    const cells = columns.map((c) =>
      one(c.id === "others" ? competency.others : competency.byUnit[c.id]),
    );
    tableRow(doc, competency.name, cells, first, width, false);
  }
}

function tableRow(
  doc: Doc,
  label: string,
  cells: string[],
  first: number,
  width: number,
  bold: boolean,
) {
  ensureRoom(doc, 30);
  const y = doc.y;
  doc
    .font(bold ? "Helvetica-Bold" : "Helvetica")
    .fontSize(9)
    .fillColor(INK);
  doc.text(safe(label), MARGIN, y, { width: first - 8 });
  let bottom = doc.y;
  cells.forEach((cell, i) => {
    doc.text(safe(cell), MARGIN + first + i * width, y, { width: width - 6 });
    bottom = Math.max(bottom, doc.y);
  });
  doc
    .moveTo(MARGIN, bottom + 3)
    .lineTo(MARGIN + contentWidth(doc), bottom + 3)
    .strokeColor(RULE)
    .stroke();
  doc.y = bottom + 7;
  doc.x = MARGIN;
}

// Strengths, development areas, blind spots and hidden strengths.

function highlights(doc: Doc, report: FeedbackReport) {
  heading(doc, "Top strengths");
  paragraph(doc, report.rules.strengths, MUTED);
  highlightList(doc, report.strengths, "No item has enough answers yet.");
  heading(doc, "Development areas");
  highlightList(doc, report.developmentAreas, "No item has enough answers yet.");
  heading(doc, "Blind spots");
  paragraph(doc, report.rules.blindSpot, MUTED);
  highlightList(doc, report.blindSpots, "None: no behaviour meets this rule.", true);
  heading(doc, "Hidden strengths");
  paragraph(doc, report.rules.hiddenStrength, MUTED);
  highlightList(doc, report.hiddenStrengths, "None: no behaviour meets this rule.", true);
}

function highlightList(doc: Doc, items: ItemHighlight[], empty: string, withDifference = false) {
  doc.moveDown(0.3);
  if (items.length === 0) paragraph(doc, empty, MUTED);
  for (const item of items) {
    const figures = `others ${one(item.others)}, self ${one(item.self)}`;
    const difference =
      withDifference && item.self !== null ? `, ${differenceText(item.self, item.others)}` : "";
    bullet(doc, `${item.text} (${item.competency}): ${figures}${difference}`);
  }
}

// Per unit, its highest and lowest rated behaviour.

function extremes(doc: Doc, report: FeedbackReport) {
  heading(doc, "Highest and lowest rated, by group");
  for (const unit of report.extremesByUnit) {
    ensureRoom(doc, 60);
    doc.font("Helvetica-Bold").fontSize(10).fillColor(INK).text(safe(unit.label), MARGIN);
    bullet(
      doc,
      unit.highest ? `Highest: ${unit.highest.text} (${one(unit.highest.others)})` : "Highest: -",
    );
    bullet(
      doc,
      unit.lowest ? `Lowest: ${unit.lowest.text} (${one(unit.lowest.others)})` : "Lowest: -",
    );
  }
}

// The comments by question, as shown: shuffled, no names, no times.

function comments(doc: Doc, report: FeedbackReport) {
  heading(doc, "Comments");
  paragraph(doc, "Shown without names or times, in no particular order.", MUTED);
  for (const section of report.comments) {
    ensureRoom(doc, 50);
    doc
      .moveDown(0.6)
      .font("Helvetica-Bold")
      .fontSize(11)
      .fillColor(INK)
      .text(safe(section.question), MARGIN);
    doc.moveDown(0.3);
    if (section.comments.length === 0) paragraph(doc, "No comments.", MUTED);
    for (const comment of section.comments) bullet(doc, `${comment.text}  (${comment.unit})`);
  }
}
