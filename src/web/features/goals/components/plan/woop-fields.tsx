import { useState } from "react";
import { FormField } from "../../../../components/ui/form-field";
import { Textarea } from "../../../../components/ui/textarea";
import { WOOP_PROMPTS } from "./item-lines";
import { EMPTY_WOOP, type PlanDraft } from "./use-plan-draft";

/** The WOOP prompts, offered (not required) as one way to think the plan through. */
export function WoopFields({ draft }: { draft: PlanDraft }) {
  const woop = draft.plan.woop ?? EMPTY_WOOP;
  const [open, setOpen] = useState(draft.plan.woop !== null);
  return (
    <details
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      className="rounded-lg border border-slate-200 p-3 sm:p-4"
    >
      <summary className="cursor-pointer font-semibold text-slate-900">
        Think it through with WOOP (optional)
      </summary>
      <p className="mt-2 text-sm text-slate-600">
        Wish, Outcome, Obstacle, Plan: four questions that help turn a goal into a plan you keep.
      </p>
      <div className="mt-3 space-y-3">
        {WOOP_PROMPTS.map(([key, label, prompt]) => (
          <FormField key={key} label={label} name={`woop.${key}`} hint={prompt}>
            {(control) => (
              <Textarea
                {...control}
                rows={2}
                value={woop[key]}
                onChange={(e) => draft.changeWoop({ [key]: e.target.value })}
              />
            )}
          </FormField>
        ))}
      </div>
    </details>
  );
}
