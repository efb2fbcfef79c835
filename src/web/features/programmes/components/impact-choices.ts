import type { ImpactView, ProgrammeImpact } from "../../../../contract/programme-impact";
import {
  IMPACT_STAGE_LABELS,
  IMPACT_STAGES,
  type ImpactStage,
  impactView,
} from "../../../../domain/programmes/impact-views";

// The sponsor page's choice of view: a cohort (or all) and a stage (or all). Only views the page
// offers can be chosen; a refused one stays in the list, disabled, saying why.

export const ALL = "";

export const stageLabel = (stage: ImpactStage) => IMPACT_STAGE_LABELS[stage];

export function viewOf(
  impact: ProgrammeImpact,
  cohortId: string,
  stage: string,
): ImpactView | undefined {
  return impactView(impact.views, cohortId || null, stage || null);
}

/** Why a view shows no figures, in a few words for a list: "fewer than 5 people". */
export function refusalWords(view: ImpactView | undefined, k: number): string | null {
  if (!view?.refusal) return view ? null : "not offered";
  if (view.refusal.code === "too_few") return `fewer than ${k} people`;
  if (view.refusal.code === "would_isolate") return `would single out fewer than ${k} people`;
  return "not offered";
}

export interface Choice {
  value: string;
  label: string;
  /** Why it cannot be chosen; null when it can. */
  refused: string | null;
}

export function cohortChoices(impact: ProgrammeImpact): Choice[] {
  return [
    { value: ALL, label: "All cohorts", refused: null },
    ...impact.cohorts.map((cohort) => ({
      value: cohort.id,
      label: cohort.name,
      refused: refusalWords(viewOf(impact, cohort.id, ALL), impact.threshold),
    })),
  ];
}

export function stageChoices(impact: ProgrammeImpact, cohortId: string): Choice[] {
  // In the order coaching goes through them, whatever order the views come in.
  const stages = IMPACT_STAGES.filter((stage) => impact.views.some((view) => view.stage === stage));
  return [
    { value: ALL, label: "Every stage", refused: null },
    ...stages.map((stage) => ({
      value: stage,
      label: stageLabel(stage),
      refused: refusalWords(viewOf(impact, cohortId, stage), impact.threshold),
    })),
  ];
}
