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
import { CommitmentForm } from "./commitment-form";

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
              What each of you will do, and by when. Tick one off once it is done.
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
                page={page}
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
  const may = page.mayWork.addCommitment;
  const mayRemove =
    may && (commitment.createdBy.id === viewerId || page.session.coach.id === viewerId);
  const checkboxId = useId();
  if (editing)
    return (
      <li className="py-3">
        <CommitmentForm
          page={page}
          start={{ text: commitment.text, ownerId: commitment.owner.id, dueOn: commitment.dueOn }}
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
  // Ticked at once: while the change is on its way, the box shows what was asked for.
  const asked = change.isPending ? change.variables?.change.done : undefined;
  const done = asked ?? commitment.doneAt !== null;
  return (
    <li className="flex items-start gap-3 py-3">
      <input
        id={checkboxId}
        type="checkbox"
        className="mt-1 size-5 shrink-0 accent-brand-700"
        checked={done}
        disabled={!may || change.isPending}
        onChange={() => change.mutate({ id: commitment.id, change: { done: !done } })}
      />
      <div className="min-w-0 flex-1 space-y-1">
        <label
          htmlFor={checkboxId}
          className={cn("block break-words text-sm text-slate-900", done && "line-through")}
        >
          {commitment.text}
          <span className="sr-only">{done ? " (done)" : " (not done yet)"}</span>
        </label>
        <p className="text-sm text-slate-600">
          {commitment.owner.name} · due {formatDate(commitment.dueOn)}
        </p>
        <FormAlert message={formMessageOf(change.error ?? remove.error)} />
        {may ? (
          <div className="flex flex-wrap gap-x-3">
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
          </div>
        ) : null}
      </div>
    </li>
  );
}
