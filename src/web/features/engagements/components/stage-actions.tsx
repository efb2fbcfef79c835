import { ArrowRight } from "lucide-react";
import { useRef, useState } from "react";
import type { EngagementView, Stage } from "../../../../contract/engagements";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { isApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";
import { stageIndex, stageLabel } from "../../../lib/stages";
import { useMoveEngagementStage } from "../api/move-engagement-stage";
import { StageMoveDialog } from "./stage-move-dialog";

/**
 * One "Move to <stage>" button per stage the viewer may move the engagement to now. The next
 * stage in order is the primary action; going back or closing early are secondary. Every move
 * asks first, saying what the stage it leads to holds; Cancel leaves the engagement where it is.
 */
export function StageActions({ engagement }: { engagement: EngagementView }) {
  const move = useMoveEngagementStage();
  const [confirming, setConfirming] = useState<Stage | null>(null);
  const buttons = useRef(new Map<Stage, HTMLButtonElement>());
  const opener = useRef<Stage | null>(null);
  const region = useRef<HTMLDivElement>(null);
  if (engagement.allowedStages.length === 0 && !move.isSuccess) return null;

  const current = stageIndex(engagement.stage);
  const forward = engagement.allowedStages.find((s) => stageIndex(s) === current + 1);
  const ask = (to: Stage) => {
    opener.current = to;
    setConfirming(to);
  };
  const moveTo = (to: Stage, reason?: string) =>
    move.mutate({ id: engagement.id, to, reason }, { onSettled: () => setConfirming(null) });
  const focusAfterClose = () => {
    const button = opener.current ? buttons.current.get(opener.current) : undefined;
    return button?.isConnected ? button : region.current;
  };

  return (
    <div ref={region} tabIndex={-1} className="space-y-3 outline-none">
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
        {engagement.allowedStages.map((stage) => (
          <Button
            key={stage}
            ref={(button) => {
              if (button) buttons.current.set(stage, button);
              else buttons.current.delete(stage);
            }}
            variant={
              stage === "closed" ? "danger-outline" : stage === forward ? "primary" : "secondary"
            }
            aria-haspopup="dialog"
            pending={move.isPending && move.variables.to === stage}
            disabled={move.isPending}
            onClick={() => ask(stage)}
          >
            Move to {stageLabel(stage)}
            {stage === forward && !move.isPending ? <ArrowRight aria-hidden="true" /> : null}
          </Button>
        ))}
      </div>
      <StageMoveDialog
        engagement={engagement}
        to={confirming}
        onCancel={() => setConfirming(null)}
        onConfirm={moveTo}
        pending={move.isPending}
        focusAfterClose={focusAfterClose}
      />
    </div>
  );
}
