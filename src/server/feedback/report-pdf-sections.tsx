import { CompetencyChart } from "../../charts/competency-chart";
import { ScaleLegend } from "../../charts/scale-legend";
import { SpreadBar } from "../../charts/spread-bar";
import { differenceText, formatMean, tooFew } from "../../domain/feedback/report-figures";
import { highlightLists, type ReportSectionId } from "../../domain/feedback/report-sections";
import type {
  CompetencyResult,
  FeedbackReport,
  ItemHighlight,
  ItemResult,
} from "../../domain/feedback/report-types";
import {
  ACCENT,
  contentWidth,
  type Doc,
  ensureRoom,
  MARGIN,
  MUTED,
  PANEL,
  paragraph,
  RULE,
  style,
  subheading,
  textHeight,
  WARNING,
  write,
} from "../pdf/page-layout";
import { chartHeight, drawChart } from "../pdf/pdf-charts";
import { table } from "./report-pdf-tables";

/** What a part of the PDF needs besides the report. */
export interface SectionContext {
  report: FeedbackReport;
  /** "Released on 5 December 2026. …", or what a preview says instead. */
  releaseNote: string;
}

type SectionWriter = (doc: Doc, context: SectionContext) => void;

/** One writer for each part of the web report: a part without one is a type error. */
export const SECTION_WRITERS: Record<ReportSectionId, SectionWriter> = {
  about,
  "self-and-others": selfAndOthers,
  "by-group": byGroup,
  strengths: (doc, { report }) => {
    const lists = highlightLists(report);
    highlightList(doc, lists.strengths);
    highlightList(doc, lists.developmentAreas);
  },
  gaps: (doc, { report }) => {
    const lists = highlightLists(report);
    highlightList(doc, lists.blindSpots, true);
    highlightList(doc, lists.hiddenStrengths, true);
  },
  extremes,
  behaviours,
  comments,
};

const mean = (value: number | null | undefined) => (value == null ? "–" : formatMean(value));
const responses = (n: number) => `${n} ${n === 1 ? "response" : "responses"}`;

/** How much of a part its heading keeps on its page: the whole chart, or the first lines. */
export function keptWithHeading(doc: Doc, id: ReportSectionId, report: FeedbackReport): number {
  if (id === "self-and-others") return chartHeight(competencyChart(report, contentWidth(doc)));
  return 90;
}

function about(doc: Doc, { report, releaseNote }: SectionContext) {
  const withheld = report.withheldResponses;
  const facts: [string, string[]][] = [
    ["Competency model", [report.modelName]],
    [
      "Responses in the report",
      [
        `${responses(report.responses)}${report.selfRated ? ", and a self-rating" : "; no self-rating"}`,
        ...report.units.map((unit) => `${unit.label}: ${unit.responses}`),
      ],
    ],
    [`Anonymity: k = ${report.threshold}`, [report.rules.threshold, report.rules.merging]],
    [
      "Withheld",
      [
        withheld > 0
          ? `${withheld} ${withheld === 1 ? "response is" : "responses are"} in no figure of this report: ${withheld === 1 ? "its group was" : "their groups were"} too small to show, even combined with others.`
          : "None: every response is in the report.",
      ],
    ],
    ...(report.lateRaters
      ? [["Raters added late", [report.lateRaters.note]] as [string, string[]]]
      : []),
    ["This report", [releaseNote]],
  ];
  for (let i = 0; i < facts.length; i += 2) factRow(doc, facts.slice(i, i + 2));
}

/** Facts two to a row, as the web report sets them: each term above its lines. */
function factRow(doc: Doc, facts: [string, string[]][]) {
  const gap = 24;
  const width = (contentWidth(doc) - gap) / 2;
  const heightOf = ([term, lines]: [string, string[]]) =>
    textHeight(doc, term, width, { bold: true }) +
    lines.reduce((sum, line, i) => sum + textHeight(doc, line, width, { size: i ? 9 : 10 }) + 2, 0);
  const height = Math.max(...facts.map(heightOf));
  ensureRoom(doc, height);
  const top = doc.y;
  facts.forEach(([term, lines], column) => {
    const x = MARGIN + column * (width + gap);
    write(style(doc, { bold: true }), term, x, top, { width });
    for (const [i, line] of lines.entries())
      write(style(doc, { size: i ? 9 : 10, color: i ? MUTED : undefined }), line, x, doc.y + 2, {
        width,
      });
  });
  doc.y = top + height + 10;
  doc.x = MARGIN;
}

function competencyChart(report: FeedbackReport, width: number) {
  return (
    <CompetencyChart
      rows={report.competencies.map((c) => ({
        id: c.id,
        label: c.name,
        others: c.others,
        self: c.self,
      }))}
      scale={report.scale}
      width={width}
      selfRated={report.selfRated}
      format={formatMean}
    />
  );
}

function selfAndOthers(doc: Doc, { report }: SectionContext) {
  drawChart(doc, competencyChart(report, contentWidth(doc)));
}

function byGroup(doc: Doc, { report }: SectionContext) {
  const { units, competencies } = report;
  const first = 150;
  const rest = (contentWidth(doc) - first) / (units.length + 2);
  table(doc, {
    widths: [first, ...Array.from({ length: units.length + 2 }, () => rest)],
    right: Array.from({ length: units.length + 2 }, (_, i) => i + 1),
    header: [
      { text: "Competency" },
      { text: "Self" },
      { text: "All others", note: responses(report.responses) },
      ...units.map((unit) => ({ text: unit.label, note: responses(unit.responses) })),
    ],
    rows: competencies.map((c) => [
      { text: c.name, bold: true },
      { text: mean(c.self) },
      c.others === null
        ? { text: tooFew(report.threshold), muted: true }
        : { text: mean(c.others), bold: true },
      ...units.map((unit) => {
        const value = c.byUnit[unit.id] ?? null;
        return value === null
          ? { text: tooFew(unit.threshold), muted: true }
          : { text: mean(value) };
      }),
    ]),
  });
}

interface HighlightList {
  title: string;
  rule?: string;
  items: ItemHighlight[];
  empty: string;
}

function highlightList(doc: Doc, list: HighlightList, withDifference = false) {
  subheading(doc, list.title, 60);
  if (list.rule) paragraph(doc, list.rule, { size: 9, color: MUTED });
  doc.moveDown(0.3);
  if (list.items.length === 0) paragraph(doc, list.empty, { color: MUTED });
  list.items.forEach((item, i) => {
    const figures = [item.competency, `Others ${mean(item.others)}`, `Self ${mean(item.self)}`];
    if (withDifference && item.self !== null) figures.push(differenceText(item.self, item.others));
    numbered(doc, i + 1, item.text, figures.join(" · "));
  });
}

/** A numbered entry: its text, and a muted line of figures under it. */
function numbered(doc: Doc, n: number, text: string, note: string) {
  const x = MARGIN + 18;
  const width = contentWidth(doc) - 18;
  ensureRoom(doc, textHeight(doc, text, width) + textHeight(doc, note, width, { size: 8.5 }) + 6);
  const top = doc.y;
  style(doc, { color: MUTED }).text(`${n}.`, MARGIN, top, { width: 16 });
  write(style(doc), text, x, top, { width });
  write(style(doc, { size: 8.5, color: MUTED }), note, x, doc.y + 1, { width });
  doc.y += 6;
  doc.x = MARGIN;
}

function extremes(doc: Doc, { report }: SectionContext) {
  const first = 110;
  const half = (contentWidth(doc) - first) / 2;
  const cell = (item: ItemHighlight | null) =>
    item
      ? { text: item.text, note: `${item.competency} · ${mean(item.others)}` }
      : { text: "Not enough answers", muted: true };
  table(doc, {
    widths: [first, half, half],
    header: [{ text: "Group" }, { text: "Highest rated" }, { text: "Lowest rated" }],
    rows: report.extremesByUnit.map((unit) => [
      { text: unit.label, bold: true },
      cell(unit.highest),
      cell(unit.lowest),
    ]),
  });
}

const BAR_WIDTH = 180;

function behaviours(doc: Doc, { report }: SectionContext) {
  drawChart(doc, <ScaleLegend scale={report.scale} width={contentWidth(doc)} />);
  for (const competency of report.competencies) {
    const items = report.items.filter((item) => item.competencyId === competency.id);
    competencyHead(doc, competency);
    for (const item of items) behaviour(doc, item, report);
  }
}

function competencyHead(doc: Doc, competency: CompetencyResult) {
  const figures = `Others ${mean(competency.others)} · Self ${mean(competency.self)}`;
  const keep = textHeight(doc, competency.description, contentWidth(doc), { size: 9 }) + 60;
  subheading(doc, competency.name, keep);
  paragraph(doc, figures, { size: 9, bold: true, color: ACCENT });
  paragraph(doc, competency.description, { size: 9, color: MUTED });
  doc.moveDown(0.3);
}

function behaviour(doc: Doc, item: ItemResult, report: FeedbackReport) {
  const textWidth = contentWidth(doc) - BAR_WIDTH - 16;
  const figures = [
    item.others
      ? `Others ${mean(item.others.mean)} (${item.others.n} ${item.others.n === 1 ? "answer" : "answers"})`
      : `Others: ${tooFew(report.threshold).toLowerCase()}`,
    `Self ${mean(item.self)}`,
    ...(item.split ? ["Split view"] : []),
  ].join(" · ");
  const bar = item.others ? (
    <SpreadBar
      distribution={{ counts: item.others.distribution, notObserved: item.others.notObserved }}
      scale={report.scale}
      width={BAR_WIDTH}
    />
  ) : null;
  const textBlock =
    textHeight(doc, item.text, textWidth) + textHeight(doc, figures, textWidth, { size: 8.5 });
  const height = Math.max(textBlock, bar ? chartHeight(bar) : 0);
  ensureRoom(doc, height + 10);
  const top = doc.y + 4;
  write(style(doc), item.text, MARGIN, top, { width: textWidth });
  write(
    style(doc, { size: 8.5, color: item.split ? WARNING : MUTED }),
    figures,
    MARGIN,
    doc.y + 1,
    {
      width: textWidth,
    },
  );
  if (bar)
    drawChart(doc, bar, { x: MARGIN + contentWidth(doc) - BAR_WIDTH, y: top, advance: false });
  const bottom = top + height + 6;
  doc
    .moveTo(MARGIN, bottom)
    .lineTo(MARGIN + contentWidth(doc), bottom)
    .lineWidth(0.5)
    .strokeColor(PANEL)
    .stroke();
  doc.y = bottom + 2;
  doc.x = MARGIN;
}

function comments(doc: Doc, { report }: SectionContext) {
  const sections = report.comments;
  if (sections.every((section) => section.comments.length === 0)) {
    paragraph(doc, "No comments from groups the report shows.", { color: MUTED });
    return;
  }
  for (const section of sections) {
    subheading(doc, section.question, 50);
    if (section.comments.length === 0) paragraph(doc, "No comments.", { color: MUTED });
    for (const comment of section.comments) quoted(doc, comment.text, comment.unit);
  }
}

/** A comment in a panel with an accent bar on its left, and the group it came from under it. */
function quoted(doc: Doc, text: string, unit: string) {
  const x = MARGIN + 12;
  const width = contentWidth(doc) - 20;
  const height = textHeight(doc, text, width) + textHeight(doc, unit, width, { size: 8.5 }) + 12;
  if (height < 300) ensureRoom(doc, height + 6);
  const top = doc.y;
  if (height < 300) {
    doc.rect(MARGIN, top, contentWidth(doc), height).fill(PANEL);
    doc.rect(MARGIN, top, 3, height).fill(RULE);
  }
  write(style(doc), text, x, top + 6, { width });
  write(style(doc, { size: 8.5, color: MUTED }), unit, x, doc.y + 1, { width });
  doc.y = Math.max(doc.y, top + height) + 6;
  doc.x = MARGIN;
}
