import { useState } from "react";
import type { PlanView } from "../../../../../contract/goals";
import type { ActionPlan } from "../../../../../domain/goals/action-plan";
import { isApiError } from "../../../../lib/api-client";
import { useFieldProblems } from "../../../../lib/use-field-problems";
import { type StalePlan, staleOf, useSavePlan } from "../../../goals/api/plan-save";
import { draftProblems, planFieldProblems } from "./plan-problems";
import { planToSend, usePlanDraft } from "./use-plan-draft";

/** A save refused as stale: the plan edited, the version it started from, and the newer one. */
export interface StaleEdit {
  base: ActionPlan;
  mine: ActionPlan;
  stale: StalePlan;
}

/**
 * The editor's state: the draft, the reason, the problems beside the fields, and, after a 409,
 * the stale edit to settle. Nothing typed is dropped on a refusal.
 */
export function usePlanEditor(
  goalId: string,
  start: PlanView,
  onSaved: () => void,
  sessionId?: string,
) {
  const draft = usePlanDraft(start.plan);
  const [reason, setReason] = useState("");
  const [staleEdit, setStaleEdit] = useState<StaleEdit | null>(null);
  const [base, setBase] = useState({ version: start.version, plan: start.plan });
  const problems = useFieldProblems("plan");
  const save = useSavePlan(goalId);

  function send(plan: ActionPlan, base: { version: number; plan: ActionPlan }, resolves: boolean) {
    save.mutate(
      {
        baseVersion: base.version,
        plan,
        reason: reason.trim() || undefined,
        resolvesConflict: resolves,
        sessionId,
      },
      {
        onSuccess: () => onSaved(),
        onError: (error) => {
          const stale = staleOf(error);
          if (stale) {
            problems.clearAll();
            setStaleEdit({ base: base.plan, mine: plan, stale });
          } else if (isApiError(error, 400) && error.fields.length > 0) {
            setStaleEdit(null);
            problems.showProblems(planFieldProblems(error.fields));
          } else problems.showRefusal(error);
        },
      },
    );
  }

  function submit() {
    const plan = planToSend(draft.plan);
    const found = draftProblems(plan);
    if (found.length > 0) problems.showProblems(found);
    else send(plan, base, false);
  }

  /** Saves the combined plan on the newer version, as the resolution of the conflict. */
  function resolve(plan: ActionPlan) {
    if (!staleEdit) return;
    const latest = staleEdit.stale.latest;
    draft.setPlan(plan);
    send(plan, { version: latest.version, plan: latest.plan }, true);
  }

  /** Back to the editor with the combined plan, on the newer version. */
  function keepEditing(plan: ActionPlan) {
    if (!staleEdit) return;
    const { latest } = staleEdit.stale;
    setBase({ version: latest.version, plan: latest.plan });
    draft.setPlan(plan);
    setStaleEdit(null);
  }

  return { draft, reason, setReason, staleEdit, problems, save, submit, resolve, keepEditing };
}
