import PDFDocument from "pdfkit";
import { ProgressChart } from "../../charts/progress-chart";
import type { Goal } from "../../contract/goals";
import { type ActionPlan, SECTION_LABELS } from "../../domain/goals/action-plan";
import { describeCadence } from "../../domain/goals/cadence-words";
import { formatIfThen } from "../../domain/goals/if-then";
import { formatNumber } from "../../domain/goals/numbers";
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
  subheading,
  textHeight,
  WARNING,
  write,
  writtenDate,
} from "../pdf/page-layout";
import { chartHeight, drawChart } from "../pdf/pdf-charts";
import { collect, pdfFileName } from "../pdf/pdf-output";
import type { CurrentPlan, PlanDocument } from "./plan-document";

// The goals and action plans of an engagement as a document a coach hands a client: whose plan
// it is, then each goal with its status, progress chart, milestones and plan, in plain words.

const STATUS_COLOURS: Partial<Record<Goal["status"]["status"], string>> = {
  on_track: ACCENT,
  achieved: ACCENT,
  at_risk: WARNING,
  off_track: "#b91c1c",
};

const day = (on: string) => writtenDate(on, "UTC");

export function planPdf(document: PlanDocument): Promise<Buffer> {
  const title = `Goals and action plan: ${document.clientName}`;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: FOOTER_ROOM },
    bufferPages: true,
    info: { Title: title, Author: document.coachName, Creator: "Keel" },
  });
  const done = collect(doc);
  registerFonts(doc);
  cover(doc, document);
  if (document.goals.length === 0)
    paragraph(doc, "No goals yet: they appear here once the first is written.", { color: MUTED });
  document.goals.forEach((goal, index) => {
    if (index > 0) doc.addPage();
    writeGoal(doc, goal, index + 1, document);
  });
  footers(doc, document.practiceName, title);
  doc.end();
  return done;
}

function cover(doc: Doc, document: PlanDocument) {
  const width = contentWidth(doc);
  style(doc, { size: 10, bold: true, color: ACCENT }).text(
    "Goals and action plan",
    MARGIN,
    MARGIN,
    {
      characterSpacing: 1,
    },
  );
  write(style(doc, { size: 26, bold: true }), document.clientName, MARGIN, doc.y + 4, { width });
  write(style(doc, { size: 12, color: MUTED }), document.engagementTitle, MARGIN, doc.y, { width });
  doc.moveDown(1);
  factPanel(doc, [
    ["Coach", document.coachName],
    ["Practice", document.practiceName],
    ["Prepared on", day(document.preparedOn)],
  ]);
  const count = document.goals.length;
  paragraph(
    doc,
    `${count === 1 ? "One goal" : `${count} goals`}, each measured against a straight line ` +
      "from where it started to its target by the due date, with the plan to get there.",
    { size: 9, color: MUTED },
  );
}

function writeGoal(doc: Doc, goal: Goal, n: number, document: PlanDocument) {
  heading(doc, `Goal ${n}`, 120);
  paragraph(doc, goal.statement, { size: 13, bold: true });
  doc.moveDown(0.3);
  statusLine(doc, goal);
  doc.moveDown(0.6);
  factPanel(doc, goalFacts(goal));
  if (goal.whyItMatters) labelled(doc, "Why it matters", goal.whyItMatters);
  const entries = goal.developmentEntryIds
    .map((id) => document.entryTitles.get(id))
    .filter((title): title is string => title !== undefined);
  if (entries.length > 0) labelled(doc, "From the development profile", entries.join("; "));
  progress(doc, goal);
  milestones(doc, goal);
  writePlan(doc, document.plans.get(goal.id));
}

function statusLine(doc: Doc, goal: Goal) {
  const colour = STATUS_COLOURS[goal.status.status] ?? MUTED;
  const label = goal.status.label;
  style(doc, { size: 10, bold: true });
  const labelWidth = doc.widthOfString(label) + 16;
  const y = doc.y;
  doc.roundedRect(MARGIN, y, labelWidth, 18, 9).fill(colour);
  style(doc, { size: 10, bold: true, color: "#ffffff" }).text(label, MARGIN + 8, y + 3.5, {
    lineBreak: false,
  });
  const x = MARGIN + labelWidth + 10;
  write(style(doc, { size: 9, color: MUTED }), goal.status.explanation, x, y + 3, {
    width: contentWidth(doc) - labelWidth - 10,
  });
  doc.y = Math.max(doc.y, y + 18);
  doc.x = MARGIN;
}

function goalFacts(goal: Goal): [string, string][] {
  const { measure } = goal;
  const figure = (value: number | null) =>
    value === null ? "Not set" : `${formatNumber(value)} ${measure?.unit ?? ""}`.trim();
  return [
    ["Measure", measure ? `${measure.what} (${measure.direction} is better)` : "No measure yet"],
    ["Baseline", figure(goal.baseline)],
    ["Target", figure(goal.target)],
    ["Started", day(goal.startDate)],
    ["Due", goal.dueDate ? day(goal.dueDate) : "No due date yet"],
    [
      "Latest",
      goal.latest ? `${figure(goal.latest.value)}, on ${day(goal.latest.on)}` : "Not measured yet",
    ],
  ];
}

function progress(doc: Doc, goal: Goal) {
  const { measure, baseline, target, dueDate } = goal;
  if (!measure || baseline === null || target === null || dueDate === null) return;
  const chart = (
    <ProgressChart
      what={measure.what}
      unit={measure.unit}
      direction={measure.direction}
      baseline={baseline}
      target={target}
      startDate={goal.startDate}
      dueDate={dueDate}
      measurements={goal.measurements.map((m) => ({ on: m.measuredOn, value: m.value }))}
      width={contentWidth(doc)}
      format={formatNumber}
    />
  );
  subheading(doc, "Progress", chartHeight(chart));
  drawChart(doc, chart);
}

function milestones(doc: Doc, goal: Goal) {
  if (goal.milestones.length === 0) return;
  subheading(doc, "Milestones");
  for (const milestone of goal.milestones) {
    const when = milestone.doneAt
      ? `done on ${writtenDate(new Date(milestone.doneAt), "UTC")}`
      : `due ${day(milestone.dueOn)}`;
    bullet(doc, `${milestone.title}: ${when}`);
  }
}

function writePlan(doc: Doc, current: CurrentPlan | undefined) {
  // Kept with its first part's heading and first lines.
  heading(doc, "Action plan", 110);
  if (!current) {
    paragraph(doc, "No plan yet: write it together in a session.", { color: MUTED });
    return;
  }
  const { plan } = current;
  section(
    doc,
    SECTION_LABELS.skills,
    plan.skills.map((s) => s.text),
  );
  section(
    doc,
    SECTION_LABELS.strategies,
    plan.strategies.map((s) => s.text),
  );
  section(doc, SECTION_LABELS.exercises, plan.exercises.map(exerciseLine));
  section(
    doc,
    SECTION_LABELS.resources,
    plan.resources.map((r) => (r.url ? `${r.title}: ${r.url}` : r.title)),
  );
  obstacles(doc, plan);
  woop(doc, plan);
  doc.moveDown(0.6);
  const changed = `Plan version ${current.version}, last changed by ${current.changedBy} on ${writtenDate(current.changedAt, "UTC")}`;
  paragraph(doc, current.reason ? `${changed}: ${current.reason}` : `${changed}.`, {
    size: 8,
    color: MUTED,
  });
}

function exerciseLine(exercise: ActionPlan["exercises"][number]): string {
  const { schedule } = exercise;
  const when =
    schedule.kind === "cadence" ? describeCadence(schedule.rrule) : `By ${day(schedule.dueDate)}`;
  return `${exercise.task} (${when})`;
}

function section(doc: Doc, title: string, lines: string[]) {
  if (lines.length === 0) return;
  subheading(doc, title);
  for (const line of lines) bullet(doc, line);
}

function obstacles(doc: Doc, plan: ActionPlan) {
  if (plan.obstacles.length === 0) return;
  subheading(doc, SECTION_LABELS.obstacles, 60);
  for (const item of plan.obstacles) {
    const height =
      textHeight(doc, item.obstacle, contentWidth(doc) - 14, { bold: true }) +
      textHeight(doc, formatIfThen(item.ifThen), contentWidth(doc) - 14);
    if (doc.y + height + 12 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    write(style(doc, { bold: true }), item.obstacle, MARGIN + 14, top, {
      width: contentWidth(doc) - 14,
    });
    write(style(doc, { color: ACCENT }), formatIfThen(item.ifThen), MARGIN + 14, doc.y + 1, {
      width: contentWidth(doc) - 14,
    });
    doc
      .moveTo(MARGIN + 4, top + 1)
      .lineTo(MARGIN + 4, doc.y - 1)
      .lineWidth(2)
      .strokeColor(ACCENT)
      .stroke();
    doc.y += 8;
    doc.x = MARGIN;
  }
}

function woop(doc: Doc, plan: ActionPlan) {
  const { woop } = plan;
  if (!woop || !Object.values(woop).some((part) => part.trim())) return;
  subheading(doc, "WOOP: wish, outcome, obstacle, plan");
  const parts: [string, string][] = [
    ["Wish", woop.wish],
    ["Outcome", woop.outcome],
    ["Obstacle", woop.obstacle],
    ["Plan", woop.plan],
  ];
  for (const [label, text] of parts) if (text.trim()) bullet(doc, `${label}: ${text}`);
}

export function bullet(doc: Doc, text: string) {
  const width = contentWidth(doc) - 14;
  const height = textHeight(doc, text, width);
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y;
  doc.circle(MARGIN + 4, top + 7, 1.8).fill(ACCENT);
  write(style(doc), text, MARGIN + 14, top, { width });
  doc.y += 3;
  doc.x = MARGIN;
}

function labelled(doc: Doc, label: string, text: string) {
  doc.moveDown(0.5);
  style(doc, { size: 8, bold: true, color: MUTED }).text(label.toUpperCase(), MARGIN, doc.y, {
    characterSpacing: 0.5,
  });
  paragraph(doc, text);
}

/** Facts in a shaded panel, three to a row: a small label above each value. */
export function factPanel(doc: Doc, facts: [string, string][]) {
  const width = contentWidth(doc);
  const column = width / 3;
  const rows = Math.ceil(facts.length / 3);
  const rowHeights = Array.from({ length: rows }, (_, row) =>
    Math.max(
      ...facts
        .slice(row * 3, row * 3 + 3)
        .map(([, value]) => 16 + textHeight(doc, value, column - 20, { size: 10 })),
    ),
  );
  const total = rowHeights.reduce((sum, h) => sum + h + 8, 12);
  if (doc.y + total > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y;
  doc.rect(MARGIN, top, width, total).fill(PANEL);
  let y = top + 10;
  rowHeights.forEach((rowHeight, row) => {
    facts.slice(row * 3, row * 3 + 3).forEach(([label, value], i) => {
      const x = MARGIN + 12 + i * column;
      style(doc, { size: 8, color: MUTED }).text(label.toUpperCase(), x, y, {
        width: column - 20,
        characterSpacing: 0.5,
      });
      write(style(doc, { size: 10 }), value, x, y + 13, { width: column - 20 });
    });
    y += rowHeight + 8;
  });
  doc.y = top + total + 6;
  doc.x = MARGIN;
}

export function planFileName(clientName: string): string {
  return pdfFileName("goals-and-plan", clientName);
}
