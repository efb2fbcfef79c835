import type {
  CompetencyResult,
  FeedbackReport,
  ItemResult,
} from "../../domain/feedback/report-types";
import {
  contentWidth,
  type Doc,
  ensureRoom,
  heading,
  INK,
  MARGIN,
  MUTED,
  OTHERS,
  one,
  paragraph,
  RULE,
  SELF,
  safe,
} from "./report-pdf-layout";

// The report's charts: self against others per competency, and the spread of split views.

// Self against others, one bar per competency on a fixed 1..5 axis.

const BAR = { label: 170, height: 12, row: 30 };

export function selfAndOthers(doc: Doc, report: FeedbackReport) {
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

// The spread of answers, where others are split.

export function splitViews(doc: Doc, report: FeedbackReport) {
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
