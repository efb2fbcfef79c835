import type { Stage } from "../../contract/engagements";
import { stageLabel } from "../lib/stages";
import { Badge, type BadgeTone } from "./ui/badge";

const STAGE_TONES: Record<Stage, BadgeTone> = {
  assessment: "info",
  planning: "violet",
  active: "brand",
  review: "warning",
  sustaining: "success",
  closed: "neutral",
};

export function StageBadge({ stage, className }: { stage: Stage; className?: string }) {
  return (
    <Badge tone={STAGE_TONES[stage]} className={className}>
      {stageLabel(stage)}
    </Badge>
  );
}
