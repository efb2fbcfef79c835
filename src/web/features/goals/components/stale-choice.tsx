import type { Goal } from "../../../../contract/goals";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { formatDateTime } from "../../../lib/format-date";
import { useGoalRevisions } from "../api/goals";
import { type GoalFormBody, goalFacts } from "./goal-form-values";

/**
 * Someone saved the goal while this person edited it: both versions side by side, the fields that
 * differ marked, and the choice of which to keep. Nothing is saved until they choose.
 */
export function StaleChoice({
  mine,
  theirs,
  pending,
  onKeepMine,
  onTakeTheirs,
}: {
  mine: GoalFormBody;
  theirs: Goal;
  pending: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const mineFacts = goalFacts(mine);
  const theirFacts = goalFacts(theirs);
  const revisions = useGoalRevisions(theirs.id);
  const newest = revisions.data?.find((r) => r.revision === theirs.revision);
  const who = newest?.changedBy.name ?? "Someone";
  return (
    <section aria-labelledby="stale-heading" className="space-y-4">
      <Alert
        tone="warning"
        title={<span id="stale-heading">{who} changed this goal meanwhile</span>}
      >
        Your changes are not saved yet. Compare the two versions and keep the one you want; you can
        edit it again afterwards.
      </Alert>
      <dl className="divide-y divide-slate-100 text-sm">
        <div className="hidden gap-3 pb-2 text-slate-600 sm:grid sm:grid-cols-[9rem_1fr_1fr]">
          <span>Field</span>
          <span>Yours</span>
          <span>Saved meanwhile · {formatDateTime(theirs.updatedAt)}</span>
        </div>
        {mineFacts.map((fact, i) => {
          const other = theirFacts[i]?.value ?? "";
          const differs = other !== fact.value;
          return (
            <div
              key={fact.label}
              className={`grid gap-x-3 gap-y-1 py-2 sm:grid-cols-[9rem_1fr_1fr] ${differs ? "bg-amber-50" : ""}`}
            >
              <dt className="font-medium text-slate-700">
                {fact.label}
                {differs ? (
                  <span className="block text-xs font-normal text-amber-800">Differs</span>
                ) : null}
              </dt>
              <dd className="min-w-0 break-words text-slate-900">
                <span className="text-xs text-slate-600 sm:sr-only">Yours: </span>
                {fact.value}
              </dd>
              <dd className="min-w-0 break-words text-slate-900">
                <span className="text-xs text-slate-600 sm:sr-only">Saved meanwhile: </span>
                {other}
              </dd>
            </div>
          );
        })}
      </dl>
      <div className="flex flex-wrap gap-3">
        <Button onClick={onKeepMine} pending={pending}>
          Keep mine
        </Button>
        <Button variant="secondary" onClick={onTakeTheirs}>
          Take theirs
        </Button>
      </div>
    </section>
  );
}
