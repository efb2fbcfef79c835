import type { Stage } from "./api-types";

/** The coaching process in order. */
export const STAGES: readonly Stage[] = [
  "assessment",
  "planning",
  "active",
  "review",
  "sustaining",
  "closed",
];

export const STAGE_LABELS: Record<Stage, string> = {
  assessment: "Assessment",
  planning: "Planning",
  active: "Active sessions",
  review: "Review",
  sustaining: "Sustaining",
  closed: "Closed",
};

export function stageLabel(stage: Stage): string {
  return STAGE_LABELS[stage];
}

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}
