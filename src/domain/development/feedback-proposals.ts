import type { CompetencyResult, FeedbackReport, ItemHighlight } from "../feedback/report-types";
import {
  type EntryKind,
  type Evidence,
  lean,
  PER_SOURCE,
  type Proposal,
  pickExtremes,
} from "./entries";

/** The parts of a released report that proposals read (the server reads no more than these). */
export type ReportForProposals = Pick<
  FeedbackReport,
  "competencies" | "blindSpots" | "hiddenStrengths" | "scale"
>;

/** What proposals read of a report, kept beside it at release. */
export function reportForProposals(report: FeedbackReport): ReportForProposals {
  const { competencies, blindSpots, hiddenStrengths, scale } = report;
  return { competencies, blindSpots, hiddenStrengths, scale };
}

/** A released 360 campaign and the report frozen at its release. */
export interface ReleasedFeedback {
  campaignId: string;
  report: ReportForProposals;
}

/** The longest title an entry may have (the API's limit). */
const TITLE_MAX = 160;

/**
 * Proposals from the newest released 360 report: the competencies others rate highest and lowest
 * against others' average over all competencies (360 ratings cluster high, so the middle of the
 * scale would hide nearly every development area), and the report's widest blind spots and
 * hidden strengths. Every figure is one the report shows, so the proposals reveal nothing more.
 */
export function proposalsFromFeedback(released: readonly ReleasedFeedback[]): Proposal[] {
  const newest = released[0];
  if (!newest) return [];
  return [...competencyProposals(newest), ...gapProposals(newest)];
}

type RatedCompetency = CompetencyResult & { others: number };

function competencyProposals({ campaignId, report }: ReleasedFeedback): Proposal[] {
  const rated = report.competencies.filter((c): c is RatedCompetency => c.others !== null);
  if (rated.length < 2) return [];
  const centre = rated.reduce((sum, c) => sum + c.others, 0) / rated.length;
  const range = report.scale.max - report.scale.min;
  const { top, bottom } = pickExtremes(
    rated.map((c) => ({ ...c, lean: lean(c.others, centre, range, "high") })),
  );
  const proposal = (c: RatedCompetency, kind: EntryKind): Proposal => ({
    key: `feedback:${campaignId}:${c.id}:${kind}`,
    kind,
    title: asTitle(c.name),
    detail: competencyDetail(c, centre, report.scale.max),
    evidence: [evidenceOf(campaignId, report, { ...c, competencyId: c.id, label: c.name })],
  });
  return [
    ...top.map((c) => proposal(c, "strength")),
    ...bottom.map((c) => proposal(c, "development_area")),
  ];
}

function competencyDetail(c: RatedCompetency, centre: number, max: number): string {
  const distance = c.others - centre;
  const side = distance > 0 ? "above" : "below";
  const self = c.self === null ? "" : ` Self-rated ${one(c.self)}.`;
  return (
    `Others rated ${c.name} ${one(c.others)} of ${max} on average in the 360 report, ` +
    `${one(Math.abs(distance))} ${side} the average of all competencies.${self}`
  );
}

type Compared = ItemHighlight & { self: number };

function gapProposals({ campaignId, report }: ReleasedFeedback): Proposal[] {
  const proposal = (h: Compared, kind: "blind_spot" | "hidden_strength"): Proposal => ({
    key: `feedback:${campaignId}:${h.competencyId}:${h.itemId}:${kind}`,
    kind,
    title: asTitle(h.text),
    detail: gapDetail(h, kind, report.scale.max),
    evidence: [evidenceOf(campaignId, report, { ...h, label: h.text })],
  });
  const widest = (list: ItemHighlight[]) =>
    list.filter((h): h is Compared => h.self !== null).slice(0, PER_SOURCE);
  return [
    ...widest(report.blindSpots).map((h) => proposal(h, "blind_spot")),
    ...widest(report.hiddenStrengths).map((h) => proposal(h, "hidden_strength")),
  ];
}

function gapDetail(h: Compared, kind: "blind_spot" | "hidden_strength", max: number): string {
  const figures = `self-rated ${one(h.self)} of ${max}, others ${one(h.others)} on average`;
  const gap = one(Math.abs(h.self - h.others));
  return kind === "blind_spot"
    ? `${h.competency}: ${figures}, ${gap} lower. Others may see less of this than the self-rating suggests.`
    : `${h.competency}: ${figures}, ${gap} higher. Others may see more of this than the self-rating suggests.`;
}

function evidenceOf(
  campaignId: string,
  report: ReportForProposals,
  figures: {
    competencyId: string;
    itemId?: string;
    label: string;
    self: number | null;
    others: number;
  },
): Evidence {
  return {
    type: "feedback",
    campaignId,
    competencyId: figures.competencyId,
    ...(figures.itemId === undefined ? {} : { itemId: figures.itemId }),
    label: figures.label,
    self: figures.self,
    others: figures.others,
    min: report.scale.min,
    max: report.scale.max,
  };
}

function one(value: number): string {
  return value.toFixed(1);
}

function asTitle(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= TITLE_MAX ? trimmed : `${trimmed.slice(0, TITLE_MAX - 1).trimEnd()}…`;
}
