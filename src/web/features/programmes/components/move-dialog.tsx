import { useState } from "react";
import type { MatchingCoach } from "../../../../contract/matching";
import { QueryState } from "../../../components/query-state";
import { Alert } from "../../../components/ui/alert";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { useMatchingCoaches } from "../api/matching-coaches";
import { useMoveCoach } from "../api/programme-matches";
import { CoachOptions, problemOf } from "./coach-options";

type MoveDialogProps = {
  engagementId: string;
  clientName: string;
  coach: { id: string; name: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

/** The admin hands an engagement to another coach; the old coach's private notes stay theirs. */
export function MoveDialog({
  engagementId,
  clientName,
  coach,
  open,
  onOpenChange,
}: MoveDialogProps) {
  const coaches = useMatchingCoaches();
  const move = useMoveCoach(engagementId);
  const [chosen, setChosen] = useState<string | null>(null);
  const close = (next: boolean) => {
    if (!next) {
      setChosen(null);
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
          their private session notes stay private to them.
        </p>
      }
      confirmLabel="Move to this coach"
      confirmVariant="primary"
      confirmDisabled={chosen === null}
      pending={move.isPending}
      onConfirm={() =>
        chosen && move.mutate({ coachId: chosen }, { onSuccess: () => close(false) })
      }
    >
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
      {problem ? (
        <Alert tone="danger" role="alert" className="mt-3">
          {problem}
        </Alert>
      ) : null}
    </ConfirmDialog>
  );
}
