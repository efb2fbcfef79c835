import PDFDocument from "pdfkit";
import { ChangeIntervalBar } from "../../charts/change-interval";
import { ProgressChart } from "../../charts/progress-chart";
import type { ChangeRow } from "../../contract/change-report";
import type { FinalReport, FinalReportGoal } from "../../contract/final-report";
import { formatIfThen } from "../../domain/goals/if-then";
import { formatNumber } from "../../domain/goals/numbers";
import {
  GOAL_OUTCOME_LABELS,
  REFLECTION_QUESTIONS,
} from "../../domain/review/reflection-questions";
import { SUSTAIN_KIND_LABELS } from "../../domain/sustain/plan";
import { bullet, factPanel } from "../goals/plan-pdf";
import {
  ACCENT,
  contentWidth,
  type Doc,
  ensureRoom,
  FOOTER_ROOM,
  footers,
  heading,
  MARGIN,
  MUTED,
  paragraph,
  registerFonts,
  style,
  subheading,
  textHeight,
  write,
  writtenDate,
} from "../pdf/page-layout";
import { chartHeight, drawChart } from "../pdf/pdf-charts";
import { collect, pdfFileName } from "../pdf/pdf-output";

// The final report as the document the client keeps: the review's counts and the client's
// summary, each goal with its outcome from both sides and its progress chart, both reflections
// and the sustain plan (docs/decisions/026).

const day = (on: string) => writtenDate(on, "UTC");

export function finalReportPdf(report: FinalReport, practiceName: string): Promise<Buffer> {
  const title = `Final report: ${report.clientName}`;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: FOOTER_ROOM },
    bufferPages: true,
    info: { Title: title, Author: report.coachName, Creator: "Keel" },
  });
  const done = collect(doc);
  registerFonts(doc);
  cover(doc, report, practiceName);
  goals(doc, report);
  change(doc, report);
  reflections(doc, report);
  sustainPlan(doc, report);
  footers(doc, practiceName, title);
  doc.end();
  return done;
}

function cover(doc: Doc, report: FinalReport, practiceName: string) {
  const width = contentWidth(doc);
  style(doc, { size: 10, bold: true, color: ACCENT }).text("Final report", MARGIN, MARGIN, {
    characterSpacing: 1,
  });
  write(style(doc, { size: 26, bold: true }), report.clientName, MARGIN, doc.y + 4, { width });
  write(style(doc, { size: 12, color: MUTED }), report.engagementTitle, MARGIN, doc.y, { width });
  doc.moveDown(1);
  const { glance } = report;
  factPanel(doc, [
    ["Coach", report.coachName],
    ["Practice", practiceName],
    ["Prepared on", day(report.preparedOn)],
    ["Started", day(report.startDate)],
    ["Sessions held", `${glance.sessionsHeld} of ${glance.sessionsPlanned} planned`],
    [
      "Commitments kept",
      glance.commitmentsCounted === 0
        ? "None marked yet"
        : `${glance.commitmentsDone} of ${glance.commitmentsCounted} done in full`,
    ],
  ]);
  if (report.summary) {
    subheading(doc, "Summary");
    paragraph(doc, report.summary);
  }
}

function goals(doc: Doc, report: FinalReport) {
  heading(doc, "Goals and outcomes", 120);
  if (report.goals.length === 0) {
    paragraph(doc, "No goals were set in this engagement.", { color: MUTED });
    return;
  }
  if (!report.reflections.bothShared)
    paragraph(
      doc,
      "Each goal's outcome, in the client's and the coach's words, appears once both have shared the final review.",
      { size: 9, color: MUTED },
    );
  report.goals.forEach((goal, index) => {
    writeGoal(doc, goal, index + 1);
  });
}

function writeGoal(doc: Doc, goal: FinalReportGoal, n: number) {
  subheading(doc, `Goal ${n}: ${goal.statement}`, 120);
  const figure = (value: number | null) =>
    value === null ? "Not set" : `${formatNumber(value)} ${goal.measure?.unit ?? ""}`.trim();
  factPanel(doc, [
    ["Measure", goal.measure ? goal.measure.what : "No measure"],
    ["Status", goal.status.label],
    ["Baseline", figure(goal.baseline)],
    ["Target", figure(goal.target)],
    [
      "Final measure",
      goal.final ? `${figure(goal.final.value)}, on ${day(goal.final.on)}` : "Not measured",
    ],
    ["Due", goal.dueDate ? day(goal.dueDate) : "No due date"],
  ]);
  paragraph(doc, goal.status.explanation, { size: 9, color: MUTED });
  if (goal.outcomes) {
    outcome(doc, "The client", goal.outcomes.client);
    outcome(doc, "The coach", goal.outcomes.coach);
  }
  progress(doc, goal);
}

function outcome(doc: Doc, who: string, side: NonNullable<FinalReportGoal["outcomes"]>["client"]) {
  const verdict = side?.outcome ? GOAL_OUTCOME_LABELS[side.outcome] : "No outcome given";
  const words = side?.words.trim() ? `: ${side.words.trim()}` : "";
  bullet(doc, `${who}: ${verdict}${words}`);
}

function progress(doc: Doc, goal: FinalReportGoal) {
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
      measurements={goal.measurements}
      width={contentWidth(doc)}
      format={formatNumber}
    />
  );
  doc.moveDown(0.4);
  if (doc.y + chartHeight(chart) > doc.page.height - doc.page.margins.bottom) doc.addPage();
  drawChart(doc, chart);
}

function change(doc: Doc, report: FinalReport) {
  const { feedback, feedbackMissing, personality, explanation } = report.change;
  heading(doc, "Change since the start");
  paragraph(doc, explanation, { size: 9, color: MUTED });
  if (feedback) {
    subheading(doc, "360 feedback, the repeat against the baseline");
    if (!feedback.sameRaters)
      paragraph(doc, "Different raters answered the repeat: a weaker comparison.", {
        size: 9,
        color: MUTED,
      });
    const rows = feedback.competencies.flatMap((c) => c.rows);
    for (const competency of feedback.competencies)
      for (const row of competency.rows)
        changeRow(doc, `${competency.name}, ${row.label}`, row, extentOf(rows));
  } else if (feedbackMissing) {
    paragraph(doc, feedbackMissing, { size: 9, color: MUTED });
  }
  for (const set of personality) {
    subheading(doc, `${set.instrumentName}, the latest answers against the first`);
    for (const row of set.scales) changeRow(doc, row.label, row, extentOf(set.scales));
  }
}

/** The farthest any interval reaches from zero: one scale for the bars of a part. */
const extentOf = (rows: ChangeRow[]) =>
  Math.max(
    0,
    ...rows.map((r) =>
      r.change ? Math.max(Math.abs(r.change.interval.low), Math.abs(r.change.interval.high)) : 0,
    ),
  );

function changeRow(doc: Doc, label: string, row: ChangeRow, extent: number) {
  const figures =
    row.baseline !== null && row.now !== null
      ? `: ${formatNumber(row.baseline)} then ${formatNumber(row.now)}`
      : "";
  const words = row.change?.words ?? row.notComparedBecause ?? "Not compared.";
  const line = `${label}${figures}. ${words}${row.caveat ? ` ${row.caveat}` : ""}`;
  if (!row.change) {
    bullet(doc, line);
    return;
  }
  const chart = (
    <ChangeIntervalBar
      change={{
        difference: row.change.difference,
        low: row.change.interval.low,
        high: row.change.interval.high,
        reliable: row.change.verdict !== "no_reliable_change",
      }}
      extent={extent}
      width={contentWidth(doc) - 14}
      format={formatNumber}
    />
  );
  // The sentence and its bar on one page.
  ensureRoom(doc, textHeight(doc, line, contentWidth(doc) - 14) + chartHeight(chart) + 4);
  bullet(doc, line);
  drawChart(doc, chart, { x: MARGIN + 14 });
}

function reflections(doc: Doc, report: FinalReport) {
  heading(doc, "Reflections");
  const { client, coach, bothShared } = report.reflections;
  if (!bothShared || !client || !coach) {
    paragraph(
      doc,
      "The client's and the coach's reflections appear here once both have shared the final review.",
      { color: MUTED },
    );
    return;
  }
  for (const question of REFLECTION_QUESTIONS) {
    const mine = client.answers[question.id]?.trim();
    const theirs = coach.answers[question.id]?.trim();
    if (!mine && !theirs) continue;
    subheading(doc, question.text);
    bullet(doc, `The client: ${mine || "No answer"}`);
    bullet(doc, `The coach: ${theirs || "No answer"}`);
  }
}

function sustainPlan(doc: Doc, report: FinalReport) {
  heading(doc, "The sustain plan");
  if (report.sustainItems.length === 0) {
    paragraph(doc, "No sustain plan written yet.", { color: MUTED });
    return;
  }
  paragraph(
    doc,
    "The habits, mindsets and skills that carry the growth on, each with its cue, a way to check it and the if-then plans that guard it.",
    { size: 9, color: MUTED },
  );
  for (const item of report.sustainItems) {
    subheading(doc, `${SUSTAIN_KIND_LABELS[item.kind]}: ${item.title}`);
    if (item.cue) bullet(doc, `Cue: ${item.cue}`);
    if (item.check) bullet(doc, `Check: ${item.check}`);
    for (const plan of item.ifThen) bullet(doc, formatIfThen(plan));
  }
}

export function finalReportFileName(clientName: string): string {
  return pdfFileName("final-report", clientName);
}
