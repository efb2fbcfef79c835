import type { ImpactView, ProgrammeImpact } from "../../contract/programme-impact";
import { longDay } from "../../domain/goals/dates";
import { impactView } from "../../domain/programmes/impact-views";
import { type MailSection, type RenderedMail, renderReport } from "../mail/templates";

// The words of the sponsor's report by mail (decision 031): the figures the programme's page
// shows this sponsor, and nothing worked out beside them. Programme and cohort views only; a
// view the page withholds says why, never what it holds.

export interface ReportInput {
  impact: ProgrammeImpact;
  frequency: "monthly" | "quarterly";
  sponsorName: string;
  practiceName: string;
  /** The sponsor's local day the figures were read. */
  figuresOn: string;
  pageUrl: string;
  pdfUrl: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function sponsorReportMail(input: ReportInput): RenderedMail {
  const { impact, practiceName } = input;
  const { programme } = impact;
  const every = input.frequency === "monthly" ? "month" : "quarter";
  return renderReport(`${programme.name}: your ${input.frequency} report from ${practiceName}`, {
    opening: [
      `Hello ${input.sponsorName},`,
      `Here is your ${input.frequency} report on ${programme.name}, the coaching programme ${practiceName} runs for ${programme.organisationName}. The figures are totals since the programme began, as they stood on ${longDay(input.figuresOn)}.`,
    ],
    sections: [programmeSection(impact), ...cohortSection(impact), ...competencySection(impact)],
    links: [
      { label: "See the figures in Keel, by cohort and stage", url: input.pageUrl },
      { label: "Download the latest figures as a PDF", url: input.pdfUrl },
    ],
    closing: [
      `To protect each participant, every figure is about a group of at least ${impact.threshold} people, and nobody's own coaching is shown.`,
      `You get this mail each ${every} as a sponsor of ${programme.name}. To stop it, turn off "Programme reports" in Keel, under Settings, Mail.`,
      `${practiceName}, via Keel`,
    ],
  });
}

const programmeView = (impact: ProgrammeImpact) => impactView(impact.views, null);

function programmeSection(impact: ProgrammeImpact): MailSection {
  const view = programmeView(impact);
  const heading = "Across the programme";
  if (!view?.figures)
    return {
      heading,
      items: [
        `No figures yet: each needs at least ${impact.threshold} people, and fewer are counted so far.`,
      ],
    };
  const { participants, started, sessionsHeld, goalsAchieved } = view.figures;
  const withheld = impact.cohorts.filter((c) => impact.withheldCohorts.includes(c.id));
  return {
    heading,
    notes:
      withheld.length > 0
        ? [
            `These totals leave out ${withheld.map((c) => c.name).join(", ")}: a cohort of fewer than ${impact.threshold} people is in no figure, so that no one in it can be made out.`,
          ]
        : [],
    items: [
      `${participants === 1 ? "1 person takes" : `${participants} people take`} part; ${started} of them ${started === 1 ? "has" : "have"} started their coaching.`,
      `${plural(sessionsHeld, "coaching session", "coaching sessions")} held.`,
      `${plural(goalsAchieved, "goal", "goals")} achieved.`,
    ],
  };
}

function cohortSection(impact: ProgrammeImpact): MailSection[] {
  if (impact.cohorts.length === 0) return [];
  return [
    {
      heading: "By cohort",
      items: impact.cohorts.map((cohort) => {
        const view = impactView(impact.views, cohort.id);
        if (!view) return `${cohort.name}: no participants yet.`;
        if (!view.figures)
          return `${cohort.name}: not shown, as ${why(view, impact.threshold, "it has")}.`;
        const f = view.figures;
        return `${cohort.name}: ${plural(f.participants, "person", "people")}, ${f.started} started, ${plural(f.sessionsHeld, "session", "sessions")} held, ${plural(f.goalsAchieved, "goal", "goals")} achieved.`;
      }),
    },
  ];
}

function competencySection(impact: ProgrammeImpact): MailSection[] {
  const view = programmeView(impact);
  if (impact.competencies.length === 0 || !view?.figures) return [];
  const named = view.competencies.map((figure) => ({
    figure,
    name: impact.competencies.find((c) => c.id === figure.competencyId)?.name ?? "",
  }));
  const shown = named.filter(({ figure }) => figure.meanChange !== null);
  const hidden = named.filter(({ figure }) => figure.meanChange === null);
  const needs = `each needs at least ${impact.threshold} people whose first and repeat 360 are both released`;
  const items =
    shown.length === 0
      ? [`No change to show yet: ${needs}.`]
      : [
          ...shown.map(
            ({ figure, name }) =>
              `${name}: ${change(figure.meanChange ?? 0)}${range(figure.interval)} (${plural(figure.participants ?? 0, "person", "people")} with both 360s).`,
          ),
          ...(hidden.length > 0
            ? [`Not shown yet (${needs}): ${hidden.map(({ name }) => name).join(", ")}.`]
            : []),
        ];
  return [
    {
      heading: "Change in 360 feedback",
      notes:
        shown.length > 0
          ? [
              "How often colleagues see each behaviour, rated from 1 (never) to 5 (almost always): the average change in points from the first 360 to the repeat, and the range the group's true change most likely lies in (95%). A range that takes in zero could be chance.",
            ]
          : [],
      items,
    },
  ];
}

/** The change as the page shows it (two decimals), in words. */
function change(value: number): string {
  const shown = Math.abs(value).toFixed(2);
  if (shown === "0.00") return "no change";
  return `${value > 0 ? "up" : "down"} ${shown} points`;
}

/** The page's 95% interval of a change, in words: ", likely between +0.20 and +0.86". */
function range(interval: { low: number; high: number } | null | undefined): string {
  if (!interval) return "";
  const signed = (value: number) => `${value > 0 ? "+" : ""}${value.toFixed(2)}`;
  return `, likely between ${signed(interval.low)} and ${signed(interval.high)}`;
}

/** Why a view shows nothing, after "as": "it has fewer than 5 people". */
function why(view: ImpactView | undefined, k: number, itHas: string): string {
  if (view?.refusal?.code === "would_isolate")
    return `beside the other figures it would single out fewer than ${k} people`;
  return `${itHas} fewer than ${k} people`;
}
