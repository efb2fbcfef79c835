import type { Stage } from "../engagement/stages";
import type { ViewWhere } from "./aggregate-views";

// What the sponsor's programme page offers (issue 20): the programme, each cohort, and a filter
// by where each participant's coaching stands, across the programme and within each cohort. The
// route computes the aggregates over all of them at once (decision 031), whatever one is asked.

/**
 * Where a participant's coaching stands, in the phases a sponsor reads: coarser than the six
 * stages, so that a programme of a few dozen leaders has groups of k or more to show. A
 * participant whose coach is not matched yet has no engagement, so no stage.
 */
export const NOT_MATCHED = "not_matched";
const PHASE_STAGES = {
  starting: ["assessment", "planning"],
  in_sessions: ["active"],
  ending: ["review", "sustaining", "closed"],
} as const satisfies Record<string, readonly Stage[]>;
export const IMPACT_STAGES = [NOT_MATCHED, "starting", "in_sessions", "ending"] as const;
export type ImpactStage = (typeof IMPACT_STAGES)[number];

export const IMPACT_STAGE_LABELS: Record<ImpactStage, string> = {
  not_matched: "No coach matched yet",
  starting: "Getting started (assessment and goals)",
  in_sessions: "In regular sessions",
  ending: "Reviewing, sustaining or finished",
};

export const STAGE_ATTRIBUTE = "stage";

export function impactStageOf(stage: Stage | null): ImpactStage {
  if (stage === null) return NOT_MATCHED;
  const phases = Object.entries(PHASE_STAGES) as [ImpactStage, readonly Stage[]][];
  return phases.find(([, stages]) => stages.includes(stage))?.[0] ?? NOT_MATCHED;
}

/** The filters the page offers besides the programme and the cohorts: the same for any data. */
export function offeredFilters(cohortIds: readonly string[]): ViewWhere[] {
  return IMPACT_STAGES.flatMap((stage) => [
    { [STAGE_ATTRIBUTE]: stage },
    ...cohortIds.map((cohort) => ({ cohort, [STAGE_ATTRIBUTE]: stage })),
  ]);
}

/** One view of the page's: a cohort's or the programme's (null), at a phase or across all (null). */
export function impactView<V extends { cohortId: string | null; stage: string | null }>(
  views: readonly V[],
  cohortId: string | null,
  stage: string | null = null,
): V | undefined {
  return views.find((view) => view.cohortId === cohortId && view.stage === stage);
}

/** A competency's mean rating by all others shown in a frozen 360 report, or null where hidden. */
export type OthersMeans = Readonly<Record<string, number | null | undefined>>;

/**
 * A participant's change per competency: the repeat's mean by all others minus the baseline's,
 * where both frozen reports show it: the "All others" row of the change report (review/
 * change-report.ts), so no figure a report hid enters a sponsor's aggregate.
 */
export function competencyChange(
  baseline: OthersMeans,
  repeat: OthersMeans,
): Record<string, number> {
  const change: Record<string, number> = {};
  for (const [id, now] of Object.entries(repeat)) {
    const before = baseline[id];
    if (typeof now === "number" && typeof before === "number" && Number.isFinite(now - before))
      change[id] = now - before;
  }
  return change;
}
