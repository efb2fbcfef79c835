import { stageHolds } from "../../domain/engagement/next-step";
import { STAGE_LABELS, STAGES, type Stage } from "../../domain/engagement/stages";

export { STAGE_LABELS, STAGES, type Stage, stageHolds };

export function stageLabel(stage: Stage): string {
  return STAGE_LABELS[stage];
}

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}
