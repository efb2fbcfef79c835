import { Trash2 } from "lucide-react";
import { useId, useState } from "react";
import type { Goal, Milestone } from "../../../../contract/goals";
import { DeleteButton } from "../../../components/delete-button";
import { Button } from "../../../components/ui/button";
import { Input } from "../../../components/ui/input";
import { Label } from "../../../components/ui/label";
import { fieldErrorsOf, formMessageOf } from "../../../lib/form-errors";
import { formatDate } from "../../../lib/format-date";
import { useAddMilestone, useRemoveMilestone, useUpdateMilestone } from "../api/milestones";

/** The goal's milestones: each with its date, ticked when done; add and remove while editable. */
export function Milestones({ goal, editable }: { goal: Goal; editable: boolean }) {
  const update = useUpdateMilestone(goal);
  const remove = useRemoveMilestone(goal);
  const sorted = [...goal.milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <div className="space-y-4">
      {sorted.length === 0 ? (
        <p className="text-sm text-slate-600">
          No milestones yet: the steps on the way to the target.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {sorted.map((milestone) => (
            <MilestoneRow
              key={milestone.id}
              goal={goal}
              milestone={milestone}
              update={update}
              remove={remove}
              editable={editable}
            />
          ))}
        </ul>
      )}
      {editable ? <AddMilestoneForm goal={goal} /> : null}
    </div>
  );
}

function MilestoneRow({
  goal,
  milestone,
  update,
  remove,
  editable,
}: {
  goal: Goal;
  milestone: Milestone;
  update: ReturnType<typeof useUpdateMilestone>;
  remove: ReturnType<typeof useRemoveMilestone>;
  editable: boolean;
}) {
  // The box shows the tick at once; the saved milestone takes over when the save settles.
  const [ticked, setTicked] = useState<boolean | null>(null);
  const done = ticked ?? milestone.doneAt !== null;
  return (
    <li className="flex items-center justify-between gap-3 py-2">
      <label className="flex min-w-0 items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-0.5 size-4 accent-brand-700"
          checked={done}
          disabled={!editable}
          onChange={(event) => {
            setTicked(event.target.checked);
            update.mutate(
              { id: milestone.id, done: event.target.checked },
              { onSettled: () => setTicked(null) },
            );
          }}
        />
        <span>
          <span className={done ? "text-slate-500 line-through" : "text-slate-900"}>
            {milestone.title}
          </span>
          <span className="block text-xs text-slate-600">
            {milestone.doneAt
              ? `Done ${formatDate(milestone.doneAt)}`
              : `By ${formatDate(milestone.dueOn)}`}
          </span>
        </span>
      </label>
      {editable ? (
        <DeleteButton
          variant="ghost"
          size="sm"
          question={`Remove the milestone “${milestone.title}”?`}
          description={`It goes from the goal “${goal.statement}” for both of you.`}
          confirmLabel="Remove milestone"
          pending={remove.isPending}
          onConfirm={(close) => remove.mutate(milestone.id, { onSettled: close })}
        >
          <Trash2 aria-hidden="true" />
          <span className="sr-only">Remove milestone {milestone.title}</span>
        </DeleteButton>
      ) : null}
    </li>
  );
}

function AddMilestoneForm({ goal }: { goal: Goal }) {
  const id = useId();
  const add = useAddMilestone(goal);
  const [missing, setMissing] = useState(false);
  const errors = fieldErrorsOf(add.error);
  return (
    <form
      aria-label="Add a milestone"
      className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        const title = String(data.get("title") ?? "").trim();
        const dueOn = String(data.get("dueOn") ?? "");
        setMissing(!title || !dueOn);
        if (!title || !dueOn) return;
        add.mutate({ title, dueOn }, { onSuccess: () => form.reset() });
      }}
    >
      <div className="space-y-1">
        <Label htmlFor={`${id}-title`}>New milestone</Label>
        <Input
          id={`${id}-title`}
          name="title"
          maxLength={200}
          aria-invalid={errors.title ? true : undefined}
        />
      </div>
      <div className="space-y-1">
        <Label htmlFor={`${id}-due`}>Milestone date</Label>
        <Input id={`${id}-due`} name="dueOn" type="date" defaultValue={goal.dueDate ?? ""} />
      </div>
      <Button type="submit" variant="secondary" pending={add.isPending}>
        Add milestone
      </Button>
      {missing || add.error ? (
        <p role="alert" className="text-sm font-medium text-red-700 sm:col-span-3">
          {missing
            ? "Name the milestone and give its date."
            : (errors.title ?? errors.dueOn ?? formMessageOf(add.error))}
        </p>
      ) : null}
    </form>
  );
}
