import { Plus, X } from "lucide-react";
import { useState } from "react";
import type { AgreementView } from "../../../../contract/agreements";
import {
  AGREEMENT_GOAL_MAX_LENGTH,
  AGREEMENT_MAX_GOALS,
  PURPOSE_MAX_LENGTH,
  type SponsorItem,
} from "../../../../domain/programmes/three-way-agreement";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Textarea } from "../../../components/ui/textarea";
import { ApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";
import { useDraftAgreement } from "../api/agreement";
import { CHOOSABLE_ITEMS, SPONSOR_ITEM_WORDS } from "./sponsor-item-words";

// The coach drafts the terms: the purpose, one to three goals and what the sponsor sees. A change
// after anyone accepted asks everyone to accept again, and the form says so before saving.

const problemAt = (error: unknown, path: string) =>
  error instanceof ApiError
    ? error.fields.find((f) => f.path === `terms.${path}`)?.message
    : undefined;

export function AgreementForm({
  agreement,
  hasSponsor,
  onDone,
}: {
  agreement: AgreementView;
  hasSponsor: boolean;
  onDone: () => void;
}) {
  const start = agreement.terms ?? { purpose: "", goals: [""], sponsorSees: [] };
  const [purpose, setPurpose] = useState(start.purpose);
  const [goals, setGoals] = useState<string[]>(start.goals);
  const [sees, setSees] = useState<SponsorItem[]>(start.sponsorSees);
  const save = useDraftAgreement(agreement.engagementId);
  const accepted = agreement.parties.some((p) => p.acceptedAt) || agreement.inForce !== null;
  const submit = () =>
    save.mutate(
      { terms: { purpose, goals, sponsorSees: sees }, revision: agreement.revision },
      { onSuccess: onDone },
    );
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {save.error ? <Alert tone="warning">{formMessageOf(save.error)}</Alert> : null}
      <FormField
        label="Purpose"
        name="purpose"
        error={problemAt(save.error, "purpose")}
        hint="What the engagement is for, as the three of you agreed it."
      >
        {(props) => (
          <Textarea
            {...props}
            rows={3}
            maxLength={PURPOSE_MAX_LENGTH}
            value={purpose}
            onChange={(event) => setPurpose(event.target.value)}
          />
        )}
      </FormField>
      <GoalFields goals={goals} setGoals={setGoals} error={save.error} />
      {hasSponsor ? <SponsorSeesFields sees={sees} setSees={setSees} /> : null}
      {accepted ? (
        <p className="text-sm font-medium text-amber-800">
          Saving a change asks everyone to accept the agreement again. Until they all have, the
          terms agreed before stay in force.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save the terms"}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function GoalFields({
  goals,
  setGoals,
  error,
}: {
  goals: string[];
  setGoals: (goals: string[]) => void;
  error: unknown;
}) {
  const setGoal = (i: number, text: string) => setGoals(goals.map((g, j) => (j === i ? text : g)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-slate-900">
        Goals (up to {AGREEMENT_MAX_GOALS})
      </legend>
      {problemAt(error, "goals") ? (
        <p className="text-sm text-red-700">{problemAt(error, "goals")}</p>
      ) : null}
      {goals.map((goal, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: goals are edited in place by position
        <div key={i} className="flex items-start gap-2">
          <FormField
            label={`Goal ${i + 1}`}
            name={`goal-${i}`}
            className="flex-1"
            error={problemAt(error, `goals.${i}`)}
          >
            {(props) => (
              <Input
                {...props}
                maxLength={AGREEMENT_GOAL_MAX_LENGTH}
                value={goal}
                onChange={(event) => setGoal(i, event.target.value)}
              />
            )}
          </FormField>
          {goals.length > 1 ? (
            <Button
              type="button"
              variant="ghost"
              size="sm"
              className="mt-7"
              aria-label={`Remove goal ${i + 1}`}
              onClick={() => setGoals(goals.filter((_, j) => j !== i))}
            >
              <X aria-hidden="true" />
            </Button>
          ) : null}
        </div>
      ))}
      {goals.length < AGREEMENT_MAX_GOALS ? (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => setGoals([...goals, ""])}
        >
          <Plus aria-hidden="true" />
          Add a goal
        </Button>
      ) : null}
    </fieldset>
  );
}

function SponsorSeesFields({
  sees,
  setSees,
}: {
  sees: SponsorItem[];
  setSees: (sees: SponsorItem[]) => void;
}) {
  const toggle = (item: SponsorItem, on: boolean) =>
    setSees(on ? [...sees, item] : sees.filter((s) => s !== item));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-slate-900">What the sponsor sees</legend>
      <p className="text-sm text-slate-600">
        Sessions used against planned and the stage are always shown. The client can narrow the
        goals shown at any time.
      </p>
      {CHOOSABLE_ITEMS.map((item) => (
        <label key={item} className="flex cursor-pointer items-start gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            className="mt-0.5 size-4 accent-brand-700"
            checked={sees.includes(item)}
            onChange={(event) => toggle(item, event.target.checked)}
          />
          <span>
            <span className="font-medium">{SPONSOR_ITEM_WORDS[item].label}</span>:{" "}
            {SPONSOR_ITEM_WORDS[item].means}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
