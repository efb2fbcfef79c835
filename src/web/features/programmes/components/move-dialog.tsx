import { useState } from "react";
import type { CoachChanges, MatchingCoach, MovePreview } from "../../../../contract/matching";
import { MATCHING_LIMITS } from "../../../../domain/matching/capacity";
import { QueryState } from "../../../components/query-state";
import { Alert } from "../../../components/ui/alert";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { FormField } from "../../../components/ui/form-field";
import { Textarea } from "../../../components/ui/textarea";
import { formatDateTime } from "../../../lib/format-date";
import { useCoachChanges, useMovePreview } from "../api/coach-changes";
import { useMatchingCoaches } from "../api/matching-coaches";
import { useMoveCoach } from "../api/programme-matches";
import { CoachChangeList } from "./coach-change-list";
import { CoachOptions, problemOf } from "./coach-options";

type MoveDialogProps = {
  engagementId: string;
  clientName: string;
  coach: { id: string; name: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

/**
 * The admin hands an engagement to another coach: the sessions booked ahead are cancelled, the
 * old coach's private notes stay theirs, and the coach changes so far are listed.
 */
export function MoveDialog({
  engagementId,
  clientName,
  coach,
  open,
  onOpenChange,
}: MoveDialogProps) {
  const coaches = useMatchingCoaches();
  const preview = useMovePreview(engagementId, open);
  const changes = useCoachChanges(engagementId, open);
  const move = useMoveCoach(engagementId);
  const [chosen, setChosen] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const close = (next: boolean) => {
    if (!next) {
      setChosen(null);
      setReason("");
      move.reset();
    }
    onOpenChange(next);
  };
  const problem = problemOf(move.error);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={close}
      title={`Move ${clientName} to another coach`}
      description={
        <p>
          The engagement and its history go to the new coach. {coach.name} no longer sees it, and
          their private session notes stay private to them. The new coach is asked to accept the
          three-way agreement, if there is one.
        </p>
      }
      confirmLabel="Move to this coach"
      confirmVariant="primary"
      confirmDisabled={chosen === null || preview.isPending}
      pending={move.isPending}
      onConfirm={() =>
        chosen &&
        move.mutate(
          { coachId: chosen, ...(reason.trim() ? { reason: reason.trim() } : {}) },
          { onSuccess: () => close(false) },
        )
      }
    >
      <QueryState query={preview} loading="Checking the sessions booked ahead…">
        {(ahead: MovePreview) => (
          <BookedAhead ahead={ahead} coachName={coach.name} clientName={clientName} />
        )}
      </QueryState>
      <QueryState query={coaches} loading="Loading coaches…">
        {(list: MatchingCoach[]) => (
          <CoachOptions
            coaches={list.filter((one) => one.id !== coach.id)}
            selected={chosen ? [chosen] : []}
            onToggle={setChosen}
            multiple={false}
            label="The new coach"
          />
        )}
      </QueryState>
      <FormField
        className="mt-4"
        label="Why"
        name="reason"
        hint="Kept in the engagement's coach changes, read by you and the two coaches, never by the client or the sponsor."
        optional
      >
        {(field) => (
          <Textarea
            {...field}
            rows={2}
            maxLength={MATCHING_LIMITS.reason}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </FormField>
      {problem ? (
        <Alert tone="danger" role="alert" className="mt-3">
          {problem}
        </Alert>
      ) : null}
      {changes.data && changes.data.changes.length > 0 ? (
        <PastChanges changes={changes.data} />
      ) : null}
    </ConfirmDialog>
  );
}

function BookedAhead({
  ahead,
  coachName,
  clientName,
}: {
  ahead: MovePreview;
  coachName: string;
  clientName: string;
}) {
  const n = ahead.sessionsAhead;
  if (n === 0)
    return (
      <p className="mb-3 text-sm text-slate-700">
        {coachName} has no sessions booked ahead with {clientName}.
      </p>
    );
  return (
    <Alert tone="warning" className="mb-3">
      {coachName} has {n === 1 ? "1 session" : `${n} sessions`} booked ahead with {clientName}
      {ahead.nextSessionAt ? (
        <>
          {" "}
          (the next on{" "}
          <time dateTime={ahead.nextSessionAt}>{formatDateTime(ahead.nextSessionAt)}</time>)
        </>
      ) : null}
      . Moving cancels {n === 1 ? "it" : "them"}: both get the cancellation by mail, and{" "}
      {clientName} is asked to book the next sessions with the new coach.
    </Alert>
  );
}

function PastChanges({ changes }: { changes: CoachChanges }) {
  return (
    <section aria-labelledby="past-coach-changes" className="mt-4 border-t border-slate-200 pt-3">
      <h3 id="past-coach-changes" className="text-sm font-semibold text-slate-900">
        Coach changes so far
      </h3>
      <div className="mt-2">
        <CoachChangeList changes={changes.changes} labelledBy="past-coach-changes" />
      </div>
    </section>
  );
}
