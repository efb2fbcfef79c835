import type { EngagementSummary, Stage } from "../../../../contract/engagements";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { stageHolds, stageLabel } from "../../../lib/stages";

/**
 * Asks the coach before an engagement moves, naming the stage it moves to and what that stage
 * holds (the words coach and client then read as their next step). Closing says what it does.
 */
export function StageMoveDialog({
  engagement,
  to,
  onCancel,
  onConfirm,
  pending,
  focusAfterClose,
}: {
  engagement: EngagementSummary;
  to: Stage | null;
  onCancel: () => void;
  onConfirm: (to: Stage) => void;
  pending: boolean;
  focusAfterClose: () => HTMLElement | null | undefined;
}) {
  const shown = to ?? engagement.stage;
  const closing = shown === "closed";
  const label = stageLabel(shown);
  const audience = engagement.sponsor
    ? `${engagement.client.name} and ${engagement.sponsor.name}`
    : engagement.client.name;
  return (
    <ConfirmDialog
      open={to !== null}
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
      title={closing ? "Close this engagement?" : `Move to ${label}?`}
      description={
        closing ? (
          <>
            <p>
              “{engagement.title}”: {stageHolds("closed")}
            </p>
            <p>{audience} will see it as closed.</p>
          </>
        ) : (
          <>
            <p>
              <span className="font-semibold text-slate-900">In {label}: </span>
              {stageHolds(shown)}
            </p>
            <p>
              {audience} will see “{engagement.title}” in {label}, with what comes next for them.
              You can return it to {stageLabel(engagement.stage)} afterwards.
            </p>
          </>
        )
      }
      confirmLabel={closing ? "Close engagement" : `Move to ${label}`}
      confirmVariant={closing ? "danger" : "primary"}
      pending={pending}
      onConfirm={() => onConfirm(shown)}
      focusAfterClose={focusAfterClose}
    />
  );
}
