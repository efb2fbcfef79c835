import { useState } from "react";
import type { PlanView } from "../../../../../contract/goals";
import { QueryState } from "../../../../components/query-state";
import { FormAlert } from "../../../../components/ui/alert";
import { Button } from "../../../../components/ui/button";
import { ConfirmDialog } from "../../../../components/ui/confirm-dialog";
import { cn } from "../../../../lib/cn";
import { formMessageOf } from "../../../../lib/form-errors";
import { staleOf } from "../../../goals/api/plan-save";
import { usePlanTemplates, useStartFromTemplate } from "../../../goals/api/plan-templates";
import { isEmptyPlan } from "./plan-document";

type TemplatePickerProps = { goalId: string; current: PlanView; onDone: () => void };

/** Keel's templates and the coach's own; on a plan with items, asks before adding a version. */
export function TemplatePicker({ goalId, current, onDone }: TemplatePickerProps) {
  const templates = usePlanTemplates();
  const start = useStartFromTemplate(goalId);
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const empty = isEmptyPlan(current.plan);
  const stale = staleOf(start.error);
  const message = stale
    ? `${stale.latest.saved?.changedBy.name ?? "Someone"} saved the plan meanwhile. Read it again, then choose the template.`
    : formMessageOf(start.error);

  function apply() {
    if (!chosen) return;
    start.mutate({ templateId: chosen, baseVersion: current.version }, { onSuccess: onDone });
  }

  return (
    <QueryState query={templates} loading="Loading the templates…">
      {(list) => (
        <div className="space-y-3">
          <FormAlert message={message} />
          <fieldset className="space-y-2">
            <legend className="mb-1 font-medium text-slate-900">Choose a template</legend>
            {list.map((t) => (
              <label
                key={t.id}
                className={cn(
                  "flex cursor-pointer gap-3 rounded-md border p-3",
                  chosen === t.id ? "border-brand-700 bg-brand-50" : "border-slate-200",
                )}
              >
                <input
                  type="radio"
                  name="plan-template"
                  className="mt-1 size-4 accent-brand-700"
                  checked={chosen === t.id}
                  onChange={() => setChosen(t.id)}
                />
                <span className="min-w-0">
                  <span className="block font-medium text-slate-900">
                    {t.title}{" "}
                    <span className="text-sm font-normal text-slate-600">
                      · {t.kind === "own" ? "Your template" : "Keel’s template"}
                    </span>
                  </span>
                  {t.summary ? (
                    <span className="block text-sm text-slate-700">{t.summary}</span>
                  ) : null}
                </span>
              </label>
            ))}
          </fieldset>
          <p className="text-sm text-slate-600">
            {empty
              ? "The template’s items become the plan’s first version; edit them to fit."
              : `The plan keeps what it has; the template’s items are added to it as version ${current.version + 1}.`}
          </p>
          <div className="flex flex-wrap gap-3">
            <Button
              disabled={!chosen}
              pending={start.isPending}
              onClick={() => (empty ? apply() : setConfirming(true))}
            >
              Use this template
            </Button>
            <Button variant="secondary" onClick={onDone}>
              Cancel
            </Button>
          </div>
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            title="Add the template’s items to the plan?"
            description={`Everything in the plan stays; the template’s items are added after it, and this is saved as version ${current.version + 1}.`}
            confirmLabel="Add the items"
            confirmVariant="primary"
            pending={start.isPending}
            onConfirm={() => {
              setConfirming(false);
              apply();
            }}
          />
        </div>
      )}
    </QueryState>
  );
}
