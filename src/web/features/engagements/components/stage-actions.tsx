import { ArrowRight } from "lucide-react";
import { useRef, useState } from "react";
import type { EngagementSummary, Stage } from "../../../../contract/engagements";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { isApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";
import { stageIndex, stageLabel } from "../../../lib/stages";
import { useMoveEngagementStage } from "../api/move-engagement-stage";

/**
 * One "Move to <stage>" button per stage the viewer may move the engagement to now. The next
 * stage in order is the primary action; going back or closing early are secondary. Closing is
 * final, so it asks for confirmation first.
 */
export function StageActions({ engagement }: { engagement: EngagementSummary }) {
  const move = useMoveEngagementStage();
  const [confirmingClose, setConfirmingClose] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  const region = useRef<HTMLDivElement>(null);
  if (engagement.allowedStages.length === 0 && !move.isSuccess) return null;

  const current = stageIndex(engagement.stage);
  const forward = engagement.allowedStages.find((s) => stageIndex(s) === current + 1);
  const moveTo = (to: Stage) =>
    move.mutate({ id: engagement.id, to }, { onSettled: () => setConfirmingClose(false) });

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
        {engagement.allowedStages.map((stage) =>
          stage === "closed" ? (
            <Button
              key={stage}
              ref={closeButton}
              variant="danger-outline"
              aria-haspopup="dialog"
              disabled={move.isPending}
              onClick={() => setConfirmingClose(true)}
            >
              Move to {stageLabel(stage)}
            </Button>
          ) : (
            <Button
              key={stage}
              variant={stage === forward ? "primary" : "secondary"}
              pending={move.isPending && move.variables.to === stage}
              disabled={move.isPending}
              onClick={() => moveTo(stage)}
            >
              Move to {stageLabel(stage)}
              {stage === forward && !move.isPending ? <ArrowRight aria-hidden="true" /> : null}
            </Button>
          ),
        )}
      </div>
      <ConfirmDialog
        open={confirmingClose}
        onOpenChange={setConfirmingClose}
        title="Close this engagement?"
        description={
          <>
            <p>
              Closing is final: “{engagement.title}” can't be reopened or moved to another stage
              afterwards.
            </p>
            <p>{engagement.client.name} and any sponsor will see it as closed.</p>
          </>
        }
        confirmLabel="Close engagement"
        pending={move.isPending}
        onConfirm={() => moveTo("closed")}
        focusAfterClose={() =>
          closeButton.current?.isConnected ? closeButton.current : region.current
        }
      />
    </div>
  );
}
