import { useId, useState } from "react";
import type { Commitment } from "../../../../contract/session-work";
import type { SessionPage } from "../../../../contract/sessions";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { cn } from "../../../lib/cn";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDate } from "../../../lib/format-date";
import { useAddCommitment, useChangeCommitment, useRemoveCommitment } from "../api/session-work";
import { CommitmentDetails, commitmentAbilities } from "./commitment-details";
import { CommitmentForm, sessionDay } from "./commitment-form";

const STATUS_WORDS = {
  open: " (not done yet)",
  done: " (done)",
  partly_done: " (partly done)",
  not_done: " (not done)",
} as const;

/** The commitments made in the session: action items with an owner and a due date. */
export function CommitmentsCard({ page, viewerId }: { page: SessionPage; viewerId: string }) {
  const add = useAddCommitment(page.session.id);
  const id = useId();
  return (
    <Card>
      <section aria-labelledby={`${id}-heading`}>
        <CardHeader>
          <div>
            <CardTitle id={`${id}-heading`}>Commitments</CardTitle>
            <CardDescription>
              What each of you will do, and by when. Tick one off once it is done, or say how it
              went.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-5">
          {page.commitments.length === 0 ? (
            <p className="text-sm text-slate-600 italic">No commitments yet.</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {page.commitments.map((commitment) => (
                <CommitmentItem
                  key={commitment.id}
                  page={page}
                  commitment={commitment}
                  viewerId={viewerId}
                />
              ))}
            </ul>
          )}
          {page.mayWork.addCommitment ? (
            <div className="space-y-2">
              <h3 className="text-sm font-medium text-slate-800">Add a commitment</h3>
              <CommitmentForm
                people={page.session}
                firstDay={sessionDay(page)}
                goals={page.openGoals}
                submitLabel="Add commitment"
                pending={add.isPending}
                error={add.error}
                onSubmit={(input, reset) => add.mutate(input, { onSuccess: reset })}
              />
            </div>
          ) : null}
        </CardContent>
      </section>
    </Card>
  );
}

function CommitmentItem(props: { page: SessionPage; commitment: Commitment; viewerId: string }) {
  const { page, commitment, viewerId } = props;
  const change = useChangeCommitment(page.session.id);
  const remove = useRemoveCommitment(page.session.id);
  const [editing, setEditing] = useState(false);
  // Ticked at once: while the change is on its way, the box shows what was asked for.
  const [asked, setAsked] = useState<Commitment["status"] | null>(null);
  const may = page.mayWork.addCommitment;
  const mayRemove =
    may && (commitment.createdBy.id === viewerId || page.session.coach.id === viewerId);
  const checkboxId = useId();
  if (editing)
    return (
      <li className="py-3">
        <CommitmentForm
          people={page.session}
          firstDay={sessionDay(page)}
          goals={page.openGoals}
          start={{
            text: commitment.text,
            ownerId: commitment.owner.id,
            dueOn: commitment.dueOn,
            goalId: commitment.goal?.id ?? null,
          }}
          submitLabel="Save commitment"
          pending={change.isPending}
          error={change.error}
          onSubmit={(input) =>
            change.mutate(
              { id: commitment.id, change: input },
              { onSuccess: () => setEditing(false) },
            )
          }
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  const abilities = commitmentAbilities(commitment, viewerId, page.session.coach.id, may);
  const status = asked ?? commitment.status;
  const done = status === "done";
  const tick = (to: Commitment["status"]) => {
    setAsked(to);
    change.mutate(
      { id: commitment.id, change: { status: to } },
      { onSettled: () => setAsked(null) },
    );
  };
  return (
    <li className="flex items-start gap-3 py-3">
      <input
        id={checkboxId}
        type="checkbox"
        className="mt-1 size-5 shrink-0 accent-brand-700"
        checked={done}
        disabled={!may || change.isPending || !(abilities.mark || done)}
        onChange={() => tick(done ? "open" : "done")}
      />
      <div className="min-w-0 flex-1 space-y-1">
        <label
          htmlFor={checkboxId}
          className={cn("block break-words text-sm text-slate-900", done && "line-through")}
        >
          {commitment.text}
          <span className="sr-only">{STATUS_WORDS[status]}</span>
        </label>
        <p className="text-sm text-slate-600">
          {commitment.owner.name} · due {formatDate(commitment.dueOn)}
          {commitment.seriesId ? " (repeating)" : ""}
          {commitment.goal ? ` · towards “${commitment.goal.statement}”` : ""}
        </p>
        <CommitmentDetails commitment={commitment} may={abilities}>
          <Button variant="link" size="sm" onClick={() => setEditing(true)}>
            Edit<span className="sr-only"> “{commitment.text}”</span>
          </Button>
          {mayRemove ? (
            <Button
              variant="link"
              size="sm"
              disabled={remove.isPending}
              onClick={() => remove.mutate(commitment.id)}
            >
              Remove<span className="sr-only"> “{commitment.text}”</span>
            </Button>
          ) : null}
        </CommitmentDetails>
        <FormAlert message={formMessageOf(change.error ?? remove.error)} />
      </div>
    </li>
  );
}
