import { useState } from "react";
import type { Goal } from "../../../../contract/goals";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { Textarea } from "../../../components/ui/textarea";
import { todayIsoDate } from "../../../lib/format-date";
import { useFieldProblems } from "../../../lib/use-field-problems";
import { isStale, useCreateGoal, useUpdateGoal } from "../api/goals";
import { BehaviourPicker } from "./behaviour-picker";
import { EntryPicker, WhyItMattersHint } from "./entry-picker";
import { type GoalFormBody, goalBodyOf } from "./goal-form-values";
import { fieldOf, guidanceByField } from "./guidance";
import { GuidanceNotes } from "./guidance-notes";
import { StaleChoice } from "./stale-choice";

type GoalFormProps = {
  engagementId: string;
  /** The goal edited; a new goal without it. */
  goal?: Goal;
  onSaved: (goal: Goal) => void;
  onCancel: () => void;
};

/**
 * A goal's fields with Keel's guidance beside each. What must be fixed comes back from the save
 * as the field's error; advice and questions stay beside the field and never block the save.
 */
export function GoalForm({ engagementId, goal, onSaved, onCancel }: GoalFormProps) {
  const problems = useFieldProblems("goal");
  const create = useCreateGoal();
  const update = useUpdateGoal();
  const [stale, setStale] = useState<{ mine: GoalFormBody; theirs: Goal } | null>(null);
  const guidance = guidanceByField(goal?.guidance ?? []);
  const error = (field: string) =>
    Object.entries(problems.errors).find(([path]) => fieldOf(path) === field)?.[1];

  function save(body: GoalFormBody, revision?: number) {
    const handlers = {
      onSuccess: onSaved,
      onError: (failure: unknown) => {
        if (isStale(failure)) setStale({ mine: body, theirs: failure.current });
        else problems.showRefusal(failure);
      },
    };
    if (goal)
      update.mutate({ id: goal.id, revision: revision ?? goal.revision, ...body }, handlers);
    else create.mutate({ engagementId, ...body }, handlers);
  }

  if (stale && goal)
    return (
      <StaleChoice
        mine={stale.mine}
        theirs={stale.theirs}
        pending={update.isPending}
        onKeepMine={() => save(stale.mine, stale.theirs.revision)}
        onTakeTheirs={() => {
          setStale(null);
          onSaved(stale.theirs);
        }}
      />
    );

  return (
    <form
      ref={problems.formRef}
      noValidate
      aria-label={goal ? "Edit the goal" : "New goal"}
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        const { body, problems: unread } = goalBodyOf(new FormData(event.currentTarget));
        if (Object.keys(unread).length > 0)
          return problems.showProblems(
            Object.entries(unread).map(([path, message]) => ({ path, message })),
          );
        problems.clearAll();
        save(body);
      }}
    >
      <FormAlert message={problems.problem} />
      <FormField
        label="Goal statement"
        name="statement"
        error={error("statement")}
        hint="One sentence with something others could see you do, e.g. “Hand two projects a month to my team leads”."
      >
        {(control) => (
          <Textarea {...control} rows={2} maxLength={500} defaultValue={goal?.statement} />
        )}
      </FormField>
      <GuidanceNotes items={guidance.get("statement") ?? []} />
      <MeasureFields goal={goal} error={error("measure")} />
      <GuidanceNotes items={guidance.get("measure") ?? []} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label="Baseline"
          name="baseline"
          error={error("baseline")}
          hint="Where it stands now"
        >
          {(control) => (
            <Input {...control} inputMode="decimal" defaultValue={goal?.baseline ?? ""} />
          )}
        </FormField>
        <FormField
          label="Target"
          name="target"
          error={error("target")}
          hint="Where it should be by the due date"
        >
          {(control) => (
            <Input {...control} inputMode="decimal" defaultValue={goal?.target ?? ""} />
          )}
        </FormField>
      </div>
      <FormField
        label="A realistic change a week"
        name="realisticPerWeek"
        error={error("realisticPerWeek")}
        hint="How much it could move in a good week; Keel asks if the target needs more"
        optional
      >
        {(control) => (
          <Input {...control} inputMode="decimal" defaultValue={goal?.realisticPerWeek ?? ""} />
        )}
      </FormField>
      <GuidanceNotes
        items={[
          ...(guidance.get("baseline") ?? []),
          ...(guidance.get("target") ?? []),
          ...(guidance.get("realisticPerWeek") ?? []),
        ]}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label="Start date"
          name="startDate"
          error={error("startDate")}
          hint="The day the baseline holds"
        >
          {(control) => (
            <Input {...control} type="date" defaultValue={goal?.startDate ?? todayIsoDate()} />
          )}
        </FormField>
        <FormField label="Due date" name="dueDate" error={error("dueDate")}>
          {(control) => <Input {...control} type="date" defaultValue={goal?.dueDate ?? ""} />}
        </FormField>
      </div>
      <GuidanceNotes
        items={[...(guidance.get("startDate") ?? []), ...(guidance.get("dueDate") ?? [])]}
      />
      <FormField
        label="Why it matters"
        name="whyItMatters"
        error={error("whyItMatters")}
        hint={<WhyItMattersHint engagementId={engagementId} />}
      >
        {(control) => (
          <Textarea {...control} rows={3} maxLength={2000} defaultValue={goal?.whyItMatters} />
        )}
      </FormField>
      <GuidanceNotes items={guidance.get("whyItMatters") ?? []} />
      <EntryPicker
        engagementId={engagementId}
        chosen={goal?.developmentEntryIds ?? []}
        error={error("developmentEntryIds")}
      />
      <GuidanceNotes items={guidance.get("developmentEntryIds") ?? []} />
      <BehaviourPicker
        engagementId={engagementId}
        chosen={goal?.behaviourLinks ?? []}
        error={error("behaviourLinks")}
      />
      <GuidanceNotes items={guidance.get("behaviourLinks") ?? []} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={create.isPending || update.isPending}>
          {goal ? "Save goal" : "Add goal"}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function MeasureFields({ goal, error }: { goal?: Goal | undefined; error: string | undefined }) {
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-900">Measure</legend>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField
          label="What is counted or rated"
          name="measureWhat"
          error={error}
          className="sm:col-span-3"
        >
          {(control) => (
            <Input
              {...control}
              maxLength={200}
              defaultValue={goal?.measure?.what}
              placeholder="e.g. Tasks delegated"
            />
          )}
        </FormField>
        <FormField label="Unit" name="measureUnit" className="sm:col-span-2">
          {(control) => (
            <Input
              {...control}
              maxLength={60}
              defaultValue={goal?.measure?.unit}
              placeholder="e.g. tasks a week"
            />
          )}
        </FormField>
        <FormField label="Better when" name="measureDirection">
          {(control) => (
            <Select {...control} defaultValue={goal?.measure?.direction ?? "higher"}>
              <option value="higher">Higher</option>
              <option value="lower">Lower</option>
            </Select>
          )}
        </FormField>
      </div>
    </fieldset>
  );
}
