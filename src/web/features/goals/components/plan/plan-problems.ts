import type { FieldProblem } from "../../../../../domain/field-problem";
import type { ActionPlan, PlanSection } from "../../../../../domain/goals/action-plan";
import { checkPlan } from "../../../../../domain/goals/plan-checks";

const MAIN_FIELD: Record<PlanSection, string> = {
  skills: "text",
  strategies: "text",
  exercises: "task",
  resources: "title",
  obstacles: "obstacle",
};

/** What the server would refuse, found before sending: empty items and the domain's checks. */
export function draftProblems(plan: ActionPlan): FieldProblem[] {
  const empty = (Object.keys(MAIN_FIELD) as PlanSection[]).flatMap((section) =>
    plan[section].flatMap((item, index): FieldProblem[] => {
      const key = MAIN_FIELD[section];
      const value = String((item as unknown as Record<string, unknown>)[key] ?? "");
      return value.trim()
        ? []
        : [
            {
              path: `${section}.${index}.${key}`,
              message: "Write something here, or remove the item.",
            },
          ];
    }),
  );
  return [...empty, ...checkPlan(plan)];
}

/** The server names a plan's fields under "plan."; the editor's fields are named without it. */
export function planFieldProblems(fields: FieldProblem[]): FieldProblem[] {
  return fields.map((field) => ({ ...field, path: field.path.replace(/^plan\./, "") }));
}
