import { Flag, ListChecks } from "lucide-react";
import { useId, useState } from "react";
import { Link } from "react-router";
import type { Commitment, CommitmentList } from "../../../../contract/commitments";
import type { DueItem } from "../../../../contract/goals";
import { FormAlert } from "../../../components/ui/alert";
import { Badge } from "../../../components/ui/badge";
import { Button } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { cn } from "../../../lib/cn";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDate } from "../../../lib/format-date";
import {
  useAddEngagementCommitment,
  useCommitmentList,
  useUpdateCommitment,
  type Whose,
} from "../api/commitments";
import { CommitmentDetails, commitmentAbilities } from "./commitment-details";
import { CommitmentForm } from "./commitment-form";

// One list per person of everything they must do in an engagement: their open commitments (made
// in sessions or added between them) and what their goals have due this week, overdue first;
// "both of you" adds the other person's. Below, the latest ones marked, to reopen or discuss.

type Entry =
  | { kind: "commitment"; date: string; overdue: boolean; commitment: Commitment }
  | { kind: "goal"; date: string; overdue: boolean; item: DueItem };

function entriesOf(list: CommitmentList): Entry[] {
  const entries: Entry[] = [
    ...list.open.map(
      (c): Entry => ({ kind: "commitment", date: c.dueOn, overdue: c.overdue, commitment: c }),
    ),
    ...list.fromGoals.map(
      (item): Entry => ({ kind: "goal", date: item.date, overdue: item.overdue, item }),
    ),
  ];
  return entries.sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.date.localeCompare(b.date),
  );
}

export function ToDoList({
  engagementId,
  viewerId,
  card = false,
  className,
}: {
  engagementId: string;
  viewerId: string;
  /** On a page of cards (the engagement page), as a card of its own. */
  card?: boolean;
  className?: string;
}) {
  const [who, setWho] = useState<Whose>("mine");
  const list = useCommitmentList(engagementId, who);
  const headingId = useId();
  const data = list.data;
  const body = (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600">
          {who === "mine" ? "Yours" : "Both of yours"}: commitments and what goals have due this
          week, overdue first.
        </p>
        <fieldset className="inline-flex rounded-lg border border-slate-200 p-0.5">
          <legend className="sr-only">Whose</legend>
          {(["mine", "all"] as const).map((choice) => (
            <Button
              key={choice}
              size="sm"
              variant={who === choice ? "secondary" : "ghost"}
              aria-pressed={who === choice}
              onClick={() => setWho(choice)}
            >
              {choice === "mine" ? "Mine" : "Both of us"}
            </Button>
          ))}
        </fieldset>
      </div>
      <FormAlert message={formMessageOf(list.error)} />
      {data ? <ToDoEntries list={data} viewerId={viewerId} showOwner={who === "all"} /> : null}
      {data?.mayAdd ? <AddCommitment engagementId={engagementId} list={data} /> : null}
      {data && data.marked.length > 0 ? (
        <details className="group">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">
            Recently marked ({data.marked.length})
          </summary>
          <ul className="mt-2 divide-y divide-slate-200 rounded-xl border border-slate-200">
            {data.marked.map((c) => (
              <CommitmentRow key={c.id} commitment={c} list={data} viewerId={viewerId} showOwner />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
  if (card)
    return (
      <Card className={className}>
        <section aria-labelledby={headingId}>
          <CardHeader>
            <CardTitle id={headingId}>To do</CardTitle>
          </CardHeader>
          <CardContent>{body}</CardContent>
        </section>
      </Card>
    );
  return (
    <section aria-labelledby={headingId} className={cn("space-y-3", className)}>
      <h3 id={headingId} className="text-sm font-semibold text-slate-900">
        To do
      </h3>
      {body}
    </section>
  );
}

function ToDoEntries(props: { list: CommitmentList; viewerId: string; showOwner: boolean }) {
  const { list, viewerId, showOwner } = props;
  const entries = entriesOf(list);
  if (entries.length === 0)
    return <p className="text-sm text-slate-600 italic">Nothing to do for now.</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200">
      {entries.map((entry) =>
        entry.kind === "commitment" ? (
          <CommitmentRow
            key={entry.commitment.id}
            commitment={entry.commitment}
            overdue={entry.overdue}
            list={list}
            viewerId={viewerId}
            showOwner={showOwner}
          />
        ) : (
          <GoalRow key={`${entry.item.kind}-${entry.item.id}-${entry.date}`} item={entry.item} />
        ),
      )}
    </ul>
  );
}

function CommitmentRow(props: {
  commitment: Commitment;
  overdue?: boolean;
  list: CommitmentList;
  viewerId: string;
  showOwner: boolean;
}) {
  const { commitment, overdue = false, list, viewerId, showOwner } = props;
  const update = useUpdateCommitment();
  const checkboxId = useId();
  const may = commitmentAbilities(commitment, viewerId, list.coach.id, list.mayAdd);
  // Ticked at once: while the change is on its way, the box shows what was asked for.
  const [asked, setAsked] = useState<Commitment["status"] | null>(null);
  const done = (asked ?? commitment.status) === "done";
  const tick = (to: Commitment["status"]) => {
    setAsked(to);
    update.mutate(
      { id: commitment.id, change: { status: to } },
      { onSettled: () => setAsked(null) },
    );
  };
  return (
    <li className="flex gap-3 p-3">
      <input
        id={checkboxId}
        type="checkbox"
        className="mt-1 size-5 shrink-0 accent-brand-700"
        checked={done}
        disabled={update.isPending || !(may.mark || (may.work && done))}
        onChange={() => tick(done ? "open" : "done")}
      />
      <div className="min-w-0 flex-1 space-y-1">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <label
            htmlFor={checkboxId}
            className={cn("break-words text-sm font-medium text-slate-900", done && "line-through")}
          >
            {commitment.text}
          </label>
          {overdue ? <Badge tone="danger">Overdue</Badge> : null}
        </p>
        <p className="text-sm text-slate-600">
          {showOwner ? `${commitment.owner.name} · ` : ""}
          {overdue ? "was due" : "due"} {formatDate(commitment.dueOn)}
          {commitment.seriesId ? " (repeating)" : ""} ·{" "}
          {commitment.sessionId ? (
            <Link
              to={`/sessions/${commitment.sessionId}`}
              className="text-brand-700 hover:underline"
            >
              from a session
            </Link>
          ) : (
            `added by ${commitment.createdBy.id === viewerId ? "you" : commitment.createdBy.name}`
          )}
        </p>
        {commitment.goal ? (
          <p className="line-clamp-2 text-sm text-slate-600">
            Goal:{" "}
            <Link to={`/goals/${commitment.goal.id}`} className="text-brand-700 hover:underline">
              {commitment.goal.statement}
            </Link>
          </p>
        ) : null}
        <FormAlert message={formMessageOf(update.error)} />
        <CommitmentDetails commitment={commitment} may={may} />
      </div>
    </li>
  );
}

function GoalRow({ item }: { item: DueItem }) {
  const Icon = item.kind === "milestone" ? Flag : ListChecks;
  return (
    <li className="flex gap-3 p-3">
      <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-slate-500" />
      <div className="min-w-0 flex-1 space-y-1">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm font-medium text-slate-900">
          <span className="break-words">{item.title}</span>
          {item.overdue ? <Badge tone="danger">Overdue</Badge> : null}
        </p>
        <p className="text-sm text-slate-600">
          {item.kind === "milestone" ? "Milestone" : "From the plan"} ·{" "}
          {item.overdue ? "was due" : "due"} {formatDate(item.date)}
        </p>
        <p className="line-clamp-2 text-sm text-slate-600">
          Goal:{" "}
          <Link to={`/goals/${item.goalId}`} className="text-brand-700 hover:underline">
            {item.goalStatement}
          </Link>
        </p>
      </div>
    </li>
  );
}

function AddCommitment({ engagementId, list }: { engagementId: string; list: CommitmentList }) {
  const add = useAddEngagementCommitment(engagementId);
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        Add a commitment
      </Button>
    );
  return (
    <div className="space-y-2 rounded-xl border border-slate-200 p-3">
      <h4 className="text-sm font-medium text-slate-800">Add a commitment</h4>
      <CommitmentForm
        people={list}
        goals={list.goals}
        submitLabel="Add commitment"
        pending={add.isPending}
        error={add.error}
        onSubmit={(input, reset) =>
          add.mutate(input, {
            onSuccess: () => {
              reset();
              setOpen(false);
            },
          })
        }
        onCancel={() => setOpen(false)}
      />
    </div>
  );
}
