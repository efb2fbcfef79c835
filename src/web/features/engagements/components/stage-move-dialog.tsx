import { useState } from "react";
import type { EngagementView, Stage } from "../../../../contract/engagements";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { FormField } from "../../../components/ui/form-field";
import { Textarea } from "../../../components/ui/textarea";
import { stageHolds, stageLabel } from "../../../lib/stages";

/**
 * Asks the coach before an engagement moves, naming the stage it moves to and what that stage
 * holds (the words coach and client then read as their next step). Closing says what it does.
 * Moving to active sessions before a goal has a measure and a plan says what is missing and
 * asks why; the reason is kept in the stage history.
 */
export function StageMoveDialog({
  engagement,
  to,
  onCancel,
  onConfirm,
  pending,
  focusAfterClose,
}: {
  engagement: EngagementView;
  to: Stage | null;
  onCancel: () => void;
  onConfirm: (to: Stage, reason?: string) => void;
  pending: boolean;
  focusAfterClose: () => HTMLElement | null | undefined;
}) {
  const [reason, setReason] = useState("");
  const shown = to ?? engagement.stage;
  const unready =
    engagement.stage === "planning" && shown === "active" ? engagement.sessionsNeed : null;
  const closing = shown === "closed";
  const label = stageLabel(shown);
  const audience = engagement.sponsor
    ? `${engagement.client.name} and ${engagement.sponsor.name}`
    : engagement.client.name;
  return (
    <ConfirmDialog
      open={to !== null}
      onOpenChange={(open) => {
        if (!open) {
          setReason("");
          onCancel();
        }
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
      confirmDisabled={unready !== null && reason.trim() === ""}
      onConfirm={() => onConfirm(shown, unready ? reason.trim() : undefined)}
      focusAfterClose={focusAfterClose}
    >
      {unready ? (
        <div className="space-y-3">
          <p className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
            <span className="font-semibold">Not ready yet: </span>
            {unready} Sessions usually start once a goal has a measure and an action plan.
          </p>
          <FormField
            label="Why move on now?"
            name="reason"
            hint="Your reason is kept in the engagement's history."
          >
            {(control) => (
              <Textarea
                {...control}
                rows={3}
                maxLength={500}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </FormField>
        </div>
      ) : null}
    </ConfirmDialog>
  );
}
