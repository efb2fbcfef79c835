import PDFDocument from "pdfkit";
import { ChangeBars, ShareBars } from "../../charts/labelled-bars";
import type { ImpactView, ProgrammeImpact } from "../../contract/programme-impact";
import { SCALE_MAX, SCALE_MIN } from "../../domain/feedback/competency-model";
import { IMPACT_STAGE_LABELS, impactView } from "../../domain/programmes/impact-views";
import { intervalWords } from "../../domain/programmes/mean-interval";
import { bullet, factPanel } from "../goals/plan-pdf";
import {
  ACCENT,
  contentWidth,
  type Doc,
  FOOTER_ROOM,
  footers,
  heading,
  MARGIN,
  MUTED,
  paragraph,
  registerFonts,
  style,
  subheading,
  WARNING,
  write,
  writtenDate,
} from "../pdf/page-layout";
import { chartHeight, drawChart } from "../pdf/pdf-charts";
import { collect, pdfFileName } from "../pdf/pdf-output";

// The sponsor's programme page as a document to pass on (issue 20, decision 031): the figures of
// the view asked for, each cohort's or why not, and the two charts. Only what the computed
// impact shows is written: nothing here is worked out from participants.

export function programmeImpactPdf(
  impact: ProgrammeImpact,
  practiceName: string,
  at: Date,
): Promise<Buffer> {
  const title = `Programme impact: ${impact.programme.name}`;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: FOOTER_ROOM },
    bufferPages: true,
    info: { Title: title, Author: practiceName, Creator: "Keel" },
  });
  const done = collect(doc);
  registerFonts(doc);
  const view = shownView(impact);
  cover(doc, impact, view, at);
  figures(doc, impact, view);
  cohorts(doc, impact, view?.stage ? "Each cohort, every stage" : "Each cohort");
  participation(doc, impact);
  competencyChange(doc, impact, view);
  footers(doc, practiceName, title);
  doc.end();
  return done;
}

export function programmeImpactFileName(programmeName: string): string {
  return pdfFileName("programme-impact", programmeName);
}

/** The view asked for, or the whole programme's. */
function shownView(impact: ProgrammeImpact): ImpactView | undefined {
  return impact.selected ?? impactView(impact.views, null);
}

const cohortName = (impact: ProgrammeImpact, id: string) =>
  impact.cohorts.find((cohort) => cohort.id === id)?.name ?? "A cohort";

function viewName(impact: ProgrammeImpact, view: ImpactView | undefined): string {
  const group = view?.cohortId ? cohortName(impact, view.cohortId) : "The whole programme";
  return view?.stage ? `${group}, stage: ${IMPACT_STAGE_LABELS[view.stage]}` : group;
}

function cover(doc: Doc, impact: ProgrammeImpact, view: ImpactView | undefined, at: Date) {
  const width = contentWidth(doc);
  style(doc, { size: 10, bold: true, color: ACCENT }).text("Programme impact", MARGIN, MARGIN, {
    characterSpacing: 1,
  });
  write(style(doc, { size: 26, bold: true }), impact.programme.name, MARGIN, doc.y + 4, { width });
  write(style(doc, { size: 12, color: MUTED }), impact.programme.organisationName, MARGIN, doc.y, {
    width,
  });
  doc.moveDown(1);
  factPanel(doc, [
    ["Organisation", impact.programme.organisationName],
    ["Figures as of", writtenDate(at, "UTC")],
    ["Group shown", viewName(impact, view)],
  ]);
  paragraph(
    doc,
    `Every figure here is about a group of at least ${impact.threshold} people, so nobody's own coaching can be seen or worked out from it. A group with fewer, or one that beside the others would single out fewer than ${impact.threshold}, is named but its figures are not shown.`,
    { size: 9, color: MUTED },
  );
}

function figures(doc: Doc, impact: ProgrammeImpact, view: ImpactView | undefined) {
  heading(doc, viewName(impact, view));
  if (!view?.figures) {
    notShown(doc, view, impact.threshold);
    return;
  }
  const { participants, started, sessionsHeld, goalsAchieved } = view.figures;
  factPanel(doc, [
    ["Participants", String(participants)],
    ["Started coaching", `${started} of ${participants}`],
    ["Sessions held", String(sessionsHeld)],
    ["Goals achieved", String(goalsAchieved)],
  ]);
  if (impact.withheldCohorts.length > 0)
    paragraph(
      doc,
      `Left out of every figure, the programme's included, because ${
        impact.withheldCohorts.length === 1 ? "it has" : "each has"
      } fewer than ${impact.threshold} people: ${impact.withheldCohorts
        .map((id) => cohortName(impact, id))
        .join(", ")}.`,
      { size: 9, color: MUTED },
    );
}

/** Why a group shows no figures: in a few words, then the rule's own sentence. */
function notShown(doc: Doc, view: ImpactView | undefined, k: number) {
  paragraph(doc, `Not shown: ${reasonWords(view, k)}.`, { bold: true, color: WARNING });
  if (view?.refusal) paragraph(doc, view.refusal.message, { size: 9, color: MUTED });
}

function reasonWords(view: { refusal: ImpactView["refusal"] } | undefined, k: number): string {
  if (view?.refusal?.code === "too_few") return `fewer than ${k} people`;
  if (view?.refusal?.code === "would_isolate") return `it would single out fewer than ${k} people`;
  return "not offered";
}

type CompetencyFigure = ImpactView["competencies"][number];

const isTooFew = (figure: CompetencyFigure) => figure.refusal?.code === "too_few";

function competencyReason(figure: CompetencyFigure, k: number): string {
  return isTooFew(figure)
    ? `fewer than ${k} people have both 360 rounds released`
    : reasonWords(figure, k);
}

function cohorts(doc: Doc, impact: ProgrammeImpact, title: string) {
  if (impact.cohorts.length === 0) return;
  heading(doc, title);
  for (const cohort of impact.cohorts) {
    const view = impactView(impact.views, cohort.id);
    if (view?.figures) {
      const { participants, started, sessionsHeld, goalsAchieved } = view.figures;
      bullet(
        doc,
        `${cohort.name}: ${participants} participants, ${started} started coaching, ${sessionsHeld} sessions held, ${goalsAchieved} goals achieved.`,
      );
    } else {
      bullet(
        doc,
        `${cohort.name}: not shown, ${reasonWords(view, impact.threshold)}. ${view?.refusal?.message ?? ""}`.trim(),
      );
    }
  }
}

function participation(doc: Doc, impact: ProgrammeImpact) {
  const rows = impact.cohorts.flatMap((cohort) => {
    const figures = impactView(impact.views, cohort.id)?.figures;
    return figures
      ? [{ label: cohort.name, value: figures.started, total: figures.participants }]
      : [];
  });
  if (rows.length === 0) return;
  const chart = (
    <ShareBars rows={rows} width={contentWidth(doc)} title="Participants started, by cohort" />
  );
  heading(doc, "Participation", chartHeight(chart) + 20);
  paragraph(doc, "Participants who have started coaching, of those enrolled, by cohort.", {
    size: 9,
    color: MUTED,
  });
  doc.moveDown(0.4);
  drawChart(doc, chart);
}

function competencyChange(doc: Doc, impact: ProgrammeImpact, view: ImpactView | undefined) {
  if (impact.competencies.length === 0) {
    heading(doc, "Change in the 360 competencies");
    paragraph(doc, "The programme has no 360 competency model.", { color: MUTED });
    return;
  }
  const named = (view?.figures ? view.competencies : []).map((figure) => ({
    figure,
    name:
      impact.competencies.find((c) => c.id === figure.competencyId)?.name ?? figure.competencyId,
  }));
  const shown = named.filter(({ figure }) => figure.meanChange !== null);
  const hidden = named.filter(({ figure }) => figure.meanChange === null);
  const chart =
    shown.length > 0 ? (
      <ChangeBars
        width={contentWidth(doc)}
        title="Mean change from baseline to repeat, by competency"
        rows={shown.map(({ figure, name }) => ({
          label: `${name} (${figure.participants} ${figure.participants === 1 ? "person" : "people"})`,
          value: figure.meanChange ?? 0,
          ...(figure.interval ? { interval: figure.interval } : {}),
        }))}
      />
    ) : null;
  const explanation = `${viewName(impact, view)}: the mean change in each competency from the baseline 360 to its repeat, as others rated it, in points on the 360's ${SCALE_MIN} to ${SCALE_MAX} scale. Each rests only on the people whose baseline and repeat 360 are both released; how many is beside its name.`;
  // The heading, its explanation and the chart on one page.
  heading(doc, "Change in the 360 competencies", (chart ? chartHeight(chart) : 0) + 60);
  paragraph(doc, explanation, { size: 9, color: MUTED });
  if (!view?.figures) {
    notShown(doc, view, impact.threshold);
    return;
  }
  doc.moveDown(0.4);
  if (chart) {
    drawChart(doc, chart);
    paragraph(doc, intervalWords(shown.map(({ figure }) => figure.interval)), {
      size: 9,
      color: MUTED,
    });
  } else
    paragraph(
      doc,
      `No competency's change can be shown for this group yet: each needs at least ${impact.threshold} people whose baseline and repeat 360 are both released.`,
    );
  if (hidden.length === 0 || (!chart && hidden.every(({ figure }) => isTooFew(figure)))) return;
  subheading(doc, "Competencies not shown");
  const reasons = new Map<string, string[]>();
  for (const { figure, name } of hidden) {
    const reason = competencyReason(figure, impact.threshold);
    reasons.set(reason, [...(reasons.get(reason) ?? []), name]);
  }
  for (const [reason, names] of reasons) bullet(doc, `${names.join(", ")}: ${reason}.`);
}
