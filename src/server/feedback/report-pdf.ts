import PDFDocument from "pdfkit";
import type {
  CompetencyResult,
  FeedbackReport,
  ItemHighlight,
  ItemResult,
} from "../../domain/feedback/report-types";

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

type Doc = PDFKit.PDFDocument;

const MARGIN = 50;
const INK = "#0f172a";
const MUTED = "#475569";
const OTHERS = "#0f766e";
const SELF = "#b45309";
const RULE = "#cbd5e1";

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

// Text. The standard PDF fonts know the Windows-1252 characters only; others would print as
// garbage, so they are spelled out or shown as "?".

const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const SPELLED: Record<string, string> = { "≥": ">=", "≤": "<=", "→": "->", "−": "-", "≠": "!=" };

export function safe(text: string): string {
  return [...text.normalize("NFC")]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      if (char === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff))
        return char;
      if (WIN_ANSI_EXTRAS.has(char)) return char;
      return SPELLED[char] ?? "?";
    })
    .join("");
}

function heading(doc: Doc, text: string) {
  if (doc.y > doc.page.height - 160) doc.addPage();
  doc.moveDown(1).font("Helvetica-Bold").fontSize(15).fillColor(INK).text(safe(text), MARGIN);
  doc.moveDown(0.4).font("Helvetica").fontSize(10);
}

/** A block of text, moved whole to the next page when it would not fit on this one. */
function block(doc: Doc, text: string, x: number, width: number) {
  ensureRoom(doc, doc.heightOfString(text, { width }));
  const y = doc.y;
  doc.text(text, x, y, { width });
  return y;
}

function paragraph(doc: Doc, text: string, color = INK) {
  doc.font("Helvetica").fontSize(10).fillColor(color);
  block(doc, safe(text), MARGIN, contentWidth(doc));
}

/** A bullet with a hanging indent: wrapped lines start under the text, not the bullet. */
function bullet(doc: Doc, text: string) {
  doc.font("Helvetica").fontSize(10).fillColor(INK);
  const y = block(doc, safe(text), MARGIN + 20, contentWidth(doc) - 20);
  const after = doc.y;
  doc.text("•", MARGIN + 8, y);
  doc.y = after;
  doc.moveDown(0.2);
  doc.x = MARGIN;
}

function contentWidth(doc: Doc): number {
  return doc.page.width - 2 * MARGIN;
}

function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

const one = (value: number | null | undefined) => (value == null ? "-" : value.toFixed(1));
const day = (at: Date | null) => (at ? at.toISOString().slice(0, 10) : "-");

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

// Self against others, one bar per competency on a fixed 1..5 axis.

const BAR = { label: 170, height: 12, row: 30 };

function selfAndOthers(doc: Doc, report: FeedbackReport) {
  doc.addPage();
  heading(doc, "Self and others by competency");
  legend(doc);
  const axis = axisOf(doc, report);
  drawTicks(doc, axis, doc.y);
  doc.y += 16;
  for (const competency of report.competencies) competencyBar(doc, axis, competency);
}

interface Axis {
  x: number;
  width: number;
  min: number;
  max: number;
}

function axisOf(doc: Doc, report: FeedbackReport): Axis {
  const x = MARGIN + BAR.label;
  return {
    x,
    width: contentWidth(doc) - BAR.label - 70,
    min: report.scale.min,
    max: report.scale.max,
  };
}

const at = (axis: Axis, value: number) =>
  axis.x + ((value - axis.min) / (axis.max - axis.min)) * axis.width;

function legend(doc: Doc) {
  const y = doc.y;
  doc.rect(MARGIN, y + 2, 14, 8).fill(OTHERS);
  doc
    .fillColor(INK)
    .fontSize(9)
    .text("Others (mean of shown groups)", MARGIN + 20, y);
  doc.rect(MARGIN + 200, y, 3, 12).fill(SELF);
  doc.fillColor(INK).text("Self", MARGIN + 210, y);
  doc.y = y + 22;
}

function drawTicks(doc: Doc, axis: Axis, y: number) {
  doc.fontSize(8).fillColor(MUTED);
  for (let value = axis.min; value <= axis.max; value++) {
    const x = at(axis, value);
    doc.text(String(value), x - 10, y, { width: 20, align: "center" });
  }
}

function competencyBar(doc: Doc, axis: Axis, competency: CompetencyResult) {
  ensureRoom(doc, BAR.row);
  const y = doc.y;
  doc.font("Helvetica").fontSize(9).fillColor(INK);
  doc.text(safe(competency.name), MARGIN, y, {
    width: BAR.label - 10,
    height: BAR.row - 4,
    ellipsis: true,
  });
  for (let value = axis.min; value <= axis.max; value++)
    doc
      .moveTo(at(axis, value), y - 2)
      .lineTo(at(axis, value), y + BAR.height + 2)
      .strokeColor(RULE)
      .stroke();
  if (competency.others !== null)
    doc.rect(axis.x, y, at(axis, competency.others) - axis.x, BAR.height).fill(OTHERS);
  if (competency.self !== null)
    doc.rect(at(axis, competency.self) - 1.5, y - 3, 3, BAR.height + 6).fill(SELF);
  doc.fontSize(8).fillColor(MUTED);
  doc.text(
    `others ${one(competency.others)}  self ${one(competency.self)}`,
    axis.x + axis.width + 8,
    y + 2,
    {
      width: 70,
    },
  );
  doc.y = y + BAR.row;
  doc.x = MARGIN;
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
  highlightList(doc, report.blindSpots, "None: no behaviour meets this rule.");
  heading(doc, "Hidden strengths");
  paragraph(doc, report.rules.hiddenStrength, MUTED);
  highlightList(doc, report.hiddenStrengths, "None: no behaviour meets this rule.");
}

function highlightList(doc: Doc, items: ItemHighlight[], empty: string) {
  doc.moveDown(0.3);
  if (items.length === 0) paragraph(doc, empty, MUTED);
  for (const item of items)
    bullet(
      doc,
      `${item.text} (${item.competency}): others ${one(item.others)}, self ${one(item.self)}`,
    );
}

// The spread of answers, where others are split.

function splitViews(doc: Doc, report: FeedbackReport) {
  heading(doc, "Split views");
  paragraph(doc, report.rules.split, MUTED);
  doc.moveDown(0.3);
  const split = report.items.filter((item) => item.split && item.others);
  if (split.length > 0) scaleLegend(doc, report.scale.labels);
  if (split.length === 0) paragraph(doc, "None: on every behaviour, others broadly agree.", MUTED);
  for (const item of split) splitRow(doc, item);
}

const SHADES = ["#b91c1c", "#f87171", "#cbd5e1", "#5eead4", "#0f766e"];

function scaleLegend(doc: Doc, labels: string[]) {
  const y = doc.y + 2;
  let x = MARGIN;
  labels.forEach((label, i) => {
    doc.rect(x, y + 1, 10, 8).fill(SHADES[i] ?? RULE);
    const text = safe(`${i + 1} ${label}`);
    doc
      .fontSize(8)
      .fillColor(MUTED)
      .text(text, x + 14, y, { lineBreak: false });
    x += 14 + doc.widthOfString(text) + 14;
  });
  doc.y = y + 18;
  doc.x = MARGIN;
}

function splitRow(doc: Doc, item: ItemResult) {
  const cell = item.others;
  if (!cell) return;
  ensureRoom(doc, 44);
  paragraph(doc, item.text);
  const y = doc.y + 2;
  const width = 250;
  let x = MARGIN;
  cell.distribution.forEach((count, i) => {
    const w = cell.n > 0 ? (count / cell.n) * width : 0;
    if (w > 0) doc.rect(x, y, w, 10).fill(SHADES[i] ?? RULE);
    x += w;
  });
  doc.fontSize(8).fillColor(MUTED);
  doc.text(
    `1-5: ${cell.distribution.join(" / ")} (n = ${cell.n}, mean ${one(cell.mean)})`,
    MARGIN + width + 10,
    y,
    {
      width: contentWidth(doc) - width - 10,
    },
  );
  doc.y = y + 18;
  doc.x = MARGIN;
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
