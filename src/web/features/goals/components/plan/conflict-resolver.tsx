import { useState } from "react";
import type { ActionPlan } from "../../../../../domain/goals/action-plan";
import { Alert, FormAlert } from "../../../../components/ui/alert";
import { Button } from "../../../../components/ui/button";
import { formatDateTime } from "../../../../lib/format-date";
import { ConflictChoice } from "./conflict-choice";
import { conflictKey, mergeStaleEdit, type Side } from "./merge-stale";
import { PlanDocument } from "./plan-document";
import type { StaleEdit } from "./use-plan-editor";

type ConflictResolverProps = {
  staleEdit: StaleEdit;
  pending: boolean;
  problem: string | null;
  onSave: (plan: ActionPlan) => void;
  onKeepEditing: (plan: ActionPlan) => void;
};

/**
 * Someone saved while this person edited: their newer version, each item both changed side by
 * side to choose from, and everything else of both kept.
 */
export function ConflictResolver({
  staleEdit,
  pending,
  problem,
  onSave,
  onKeepEditing,
}: ConflictResolverProps) {
  const { latest, conflictingItems } = staleEdit.stale;
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const [missing, setMissing] = useState(false);
  const keys = new Set(conflictingItems.map(conflictKey));
  const merged = () => mergeStaleEdit(staleEdit.base, staleEdit.mine, latest.plan, keys, choices);
  const other = latest.saved?.changedBy.name ?? "Someone";
  const unchosen = [...keys].filter((key) => !choices[key]);

  function save() {
    if (unchosen.length > 0) setMissing(true);
    else onSave(merged());
  }

  return (
    <section aria-labelledby="plan-conflict-heading" className="space-y-5">
      <h3 id="plan-conflict-heading" className="text-lg font-semibold text-slate-900">
        {other} saved the plan while you were editing
      </h3>
      <Alert tone="warning">
        {other} saved version {latest.version}
        {latest.saved ? ` on ${formatDateTime(latest.saved.changedAt)}` : ""}
        {latest.saved?.reason ? `: “${latest.saved.reason}”.` : "."} Nothing was lost: your changes
        are still here.{" "}
        {keys.size === 0
          ? "You changed different parts of the plan, so both sets of changes are kept."
          : `You both changed ${keys.size === 1 ? "one item" : `${keys.size} items`}. Choose which version of each to keep; everything else of both is kept.`}
      </Alert>
      <FormAlert
        message={
          missing && unchosen.length > 0
            ? `Choose yours or ${other}’s for each item below.`
            : problem
        }
      />
      {conflictingItems.map((conflict) => (
        <ConflictChoice
          key={conflictKey(conflict)}
          conflict={conflict}
          other={other}
          choice={choices[conflictKey(conflict)]}
          onChoose={(side) => setChoices((c) => ({ ...c, [conflictKey(conflict)]: side }))}
        />
      ))}
      <details className="rounded-lg border border-slate-200 p-3 sm:p-4">
        <summary className="cursor-pointer font-medium text-slate-900">
          Read {other}’s version {latest.version} in full
        </summary>
        <div className="mt-3">
          <PlanDocument plan={latest.plan} />
        </div>
      </details>
      <div className="flex flex-wrap gap-3">
        <Button pending={pending} onClick={save}>
          Save the combined plan
        </Button>
        <Button variant="secondary" onClick={() => onKeepEditing(merged())}>
          Keep editing
        </Button>
      </div>
    </section>
  );
}
