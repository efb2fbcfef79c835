import { useState } from "react";
import type { MatchingCoach } from "../../../../contract/matching";
import type { Participant } from "../../../../contract/programmes";
import { QueryState } from "../../../components/query-state";
import { Alert } from "../../../components/ui/alert";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { useMatchingCoaches } from "../api/matching-coaches";
import { useMatchCoach, useOfferShortlist } from "../api/programme-matches";
import { CoachOptions, problemOf } from "./coach-options";

type MatchDialogProps = {
  programmeId: string;
  participant: Participant;
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

/**
 * The admin picks one coach (the engagement opens at once on the programme's template) or two
 * or three (the participant is offered them to choose from on their home).
 */
export function MatchDialog({ programmeId, participant, open, onOpenChange }: MatchDialogProps) {
  const coaches = useMatchingCoaches();
  const match = useMatchCoach(programmeId, participant.id);
  const offer = useOfferShortlist(programmeId, participant.id);
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string) =>
    setSelected((now) => (now.includes(id) ? now.filter((one) => one !== id) : [...now, id]));
  const close = (next: boolean) => {
    if (!next) {
      setSelected([]);
      match.reset();
      offer.reset();
    }
    onOpenChange(next);
  };
  const done = { onSuccess: () => close(false) };
  const confirm = () =>
    selected.length === 1
      ? match.mutate(selected[0] as string, done)
      : offer.mutate(selected, done);
  const problem = problemOf(match.error ?? offer.error);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={close}
      title={`Match ${participant.name} with a coach`}
      description={
        <p>
          Choose one coach to open {participant.name}'s engagement on the programme's template now,
          or two or three for them to choose from.
        </p>
      }
      confirmLabel={confirmLabelOf(selected.length)}
      confirmVariant="primary"
      confirmDisabled={selected.length === 0 || selected.length > 3}
      pending={match.isPending || offer.isPending}
      onConfirm={confirm}
    >
      <QueryState query={coaches} loading="Loading coaches…">
        {(list: MatchingCoach[]) => (
          <CoachOptions
            coaches={list}
            selected={selected}
            onToggle={toggle}
            multiple
            label="Coaches"
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

function confirmLabelOf(count: number): string {
  if (count <= 1) return "Match and open the engagement";
  if (count > 3) return "Offer at most 3 coaches";
  return `Offer these ${count} coaches`;
}
