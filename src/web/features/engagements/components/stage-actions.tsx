import { ArrowRight } from "lucide-react";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { isApiError } from "../../../lib/api-client";
import type { Engagement, Stage } from "../../../lib/api-types";
import { formMessageOf } from "../../../lib/form-errors";
import { stageIndex, stageLabel } from "../../../lib/stages";
import { useMoveEngagementStage } from "../api/move-engagement-stage";

/**
 * One "Move to <stage>" button per stage the viewer may move the engagement to now. The next
 * stage in order is the primary action; going back or closing early are secondary.
 */
export function StageActions({ engagement }: { engagement: Engagement }) {
  const move = useMoveEngagementStage();
  if (engagement.allowedStages.length === 0 && !move.isSuccess) return null;

  const current = stageIndex(engagement.stage);
  const forward = engagement.allowedStages.find((s) => stageIndex(s) === current + 1);

  return (
    <div className="space-y-3">
      <div role="alert">
        {move.error ? (
          <Alert tone="danger">
            {isApiError(move.error, 409)
              ? "That move isn't possible any more: the engagement changed in the meantime. We've reloaded it."
              : formMessageOf(move.error)}
          </Alert>
        ) : null}
      </div>
      <p role="status" className="sr-only">
        {move.isSuccess ? `Moved to ${stageLabel(move.variables.to)}.` : ""}
      </p>
      <div className="flex flex-wrap gap-2">
        {engagement.allowedStages.map((stage: Stage) => (
          <Button
            key={stage}
            variant={
              stage === forward ? "primary" : stage === "closed" ? "danger-outline" : "secondary"
            }
            pending={move.isPending && move.variables.to === stage}
            disabled={move.isPending}
            onClick={() => move.mutate({ id: engagement.id, to: stage })}
          >
            Move to {stageLabel(stage)}
            {stage === forward && !move.isPending ? <ArrowRight aria-hidden="true" /> : null}
          </Button>
        ))}
      </div>
    </div>
  );
}
