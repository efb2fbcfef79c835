import { Send } from "lucide-react";
import { useState } from "react";
import type { ReflectionPointView } from "../../../../contract/review";
import {
  GOAL_OUTCOME_LABELS,
  GOAL_OUTCOMES,
  type GoalOutcome,
  REFLECTION_QUESTIONS,
} from "../../../../domain/review/reflection-questions";
import { Button } from "../../../components/ui/button";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { FormField } from "../../../components/ui/form-field";
import { Select } from "../../../components/ui/select";
import { Textarea } from "../../../components/ui/textarea";
import { useSaveReflection, useShareReflection } from "../api/reflections";
import type { ReviewedGoal } from "./reflection-answers";
import { type DraftStatus, useReflectionDraft } from "./use-reflection-draft";
import { capitalised } from "./words";

const STATUS_TEXT: Record<DraftStatus, string> = {
  empty: "Nothing written yet. Your draft saves as you write, and only you can see it.",
  saved: "Draft saved. Only you can see it.",
  saving: "Saving your draft…",
  unsaved: "Saving your draft…",
  failed: "Your draft could not be saved. Keep this page open and try sharing again.",
};

/** The viewer's own answers at a reflection point: a draft saved as they write, then shared. */
export function ReflectionForm({
  engagementId,
  point,
  goals,
  otherLabel,
}: {
  engagementId: string;
  point: ReflectionPointView;
  goals: ReviewedGoal[];
  otherLabel: string;
}) {
  const save = useSaveReflection(engagementId, point.key);
  const share = useShareReflection(engagementId, point.key);
  const { draft, status, setAnswer, setOutcome, flush } = useReflectionDraft(
    point,
    save.mutateAsync,
  );
  const [confirming, setConfirming] = useState(false);
  const final = point.kind === "final";

  const shareNow = async () => {
    await flush();
    await share.mutateAsync();
  };

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        setConfirming(true);
      }}
    >
      {final
        ? goals.map((goal) => {
            const given = draft.outcomes?.find((o) => o.goalId === goal.id);
            return (
              <fieldset key={goal.id} className="space-y-2 rounded-lg border border-slate-200 p-3">
                <legend className="px-1 text-sm font-semibold text-slate-900">
                  {goal.statement}
                </legend>
                <FormField label="Outcome" name={`outcome-${goal.id}`}>
                  {(control) => (
                    <Select
                      {...control}
                      value={given?.outcome ?? ""}
                      onChange={(e) =>
                        setOutcome(goal.id, {
                          outcome: (e.target.value || null) as GoalOutcome | null,
                        })
                      }
                    >
                      <option value="">Choose…</option>
                      {GOAL_OUTCOMES.map((o) => (
                        <option key={o} value={o}>
                          {GOAL_OUTCOME_LABELS[o]}
                        </option>
                      ))}
                    </Select>
                  )}
                </FormField>
                <FormField label="In your words" name={`outcome-words-${goal.id}`} optional>
                  {(control) => (
                    <Textarea
                      {...control}
                      rows={2}
                      value={given?.words ?? ""}
                      onChange={(e) => setOutcome(goal.id, { words: e.target.value })}
                    />
                  )}
                </FormField>
              </fieldset>
            );
          })
        : null}
      {REFLECTION_QUESTIONS.map((q) => (
        <FormField key={q.id} label={q.text} name={q.id}>
          {(control) => (
            <Textarea
              {...control}
              rows={3}
              value={draft.answers[q.id] ?? ""}
              onChange={(e) => setAnswer(q.id, e.target.value)}
            />
          )}
        </FormField>
      ))}
      <p className="text-sm text-slate-600" aria-live="polite">
        {STATUS_TEXT[status]}
      </p>
      {share.error ? (
        <p role="alert" className="text-sm text-red-700">
          {share.error.message}
        </p>
      ) : null}
      <Button type="submit" disabled={share.isPending}>
        <Send aria-hidden="true" />
        Share with {otherLabel}
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Share your reflection?"
        description={
          point.otherShared
            ? `Once shared, your answers stay as they are. ${capitalised(otherLabel)} has shared theirs: you each see the other's as soon as you share.`
            : `Once shared, your answers stay as they are. ${capitalised(otherLabel)} sees them once they have shared theirs too, and you see theirs at the same moment.`
        }
        confirmLabel="Share"
        confirmVariant="primary"
        pending={share.isPending}
        onConfirm={() => {
          void shareNow()
            .then(() => setConfirming(false))
            .catch(() => setConfirming(false));
        }}
      />
    </form>
  );
}
