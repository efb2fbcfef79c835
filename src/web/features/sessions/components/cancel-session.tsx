import { useState } from "react";
import type { SessionSummary } from "../../../../contract/sessions";
import { FormAlert } from "../../../components/ui/alert";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { FormField } from "../../../components/ui/form-field";
import { Textarea } from "../../../components/ui/textarea";
import { formMessageOf } from "../../../lib/form-errors";
import { useCancelSession } from "../api/change-session";
import { cancellationWording, formatSessionTime } from "./session-time";

type CancelSessionDialogProps = {
  session: SessionSummary;
  /** The coach's rule: a client's cancellation less than this many hours ahead counts as used. */
  lateCancelHours: number;
  /** The coach's cancellation never counts as used; the client is told the rule plainly. */
  viewerIsCoach: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCancelled?: () => void;
  focusAfterClose?: () => HTMLElement | null | undefined;
};

/** Asks before cancelling, saying whether it counts as a used session. */
export function CancelSessionDialog({
  session,
  lateCancelHours,
  viewerIsCoach,
  open,
  onOpenChange,
  onCancelled,
  focusAfterClose,
}: CancelSessionDialogProps) {
  const cancel = useCancelSession(session.id);
  const [reason, setReason] = useState("");
  // Only the client's late cancellation counts as used; a coach's never does.
  const wording = viewerIsCoach
    ? {
        late: false,
        text: `A coach's cancellation never counts as one of ${session.client.name}'s sessions, however late.`,
      }
    : cancellationWording(session.startsAt, lateCancelHours);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) cancel.reset();
        onOpenChange(next);
      }}
      title="Cancel this session?"
      description={
        <>
          <p>
            The session on {formatSessionTime(session.startsAt, session.endsAt)} will be cancelled,
            and {viewerIsCoach ? session.client.name : session.coach.name} gets a cancellation by
            mail.
          </p>
          <p className={wording.late ? "font-semibold text-slate-900" : undefined}>
            {wording.text}
          </p>
        </>
      }
      confirmLabel="Cancel session"
      cancelLabel="Keep the session"
      pending={cancel.isPending}
      focusAfterClose={focusAfterClose}
      onConfirm={() => {
        const trimmed = reason.trim();
        cancel.mutate(trimmed ? { reason: trimmed } : {}, {
          onSuccess: () => {
            onOpenChange(false);
            onCancelled?.();
          },
        });
      }}
    >
      <div className="space-y-3">
        <FormAlert message={formMessageOf(cancel.error)} />
        <FormField label="Reason" name="reason" optional hint="Sent with the cancellation.">
          {(field) => (
            <Textarea
              {...field}
              rows={2}
              maxLength={500}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </FormField>
      </div>
    </ConfirmDialog>
  );
}
