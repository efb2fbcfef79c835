import { randomUUID } from "node:crypto";
import { type ActionPlan, PLAN_SECTIONS } from "../../domain/goals/action-plan";

/**
 * The template's items with ids of their own, appended after the plan's. A skill keeps no link
 * to a 360 behaviour: the template's came from another engagement's model.
 */
export function withTemplate(plan: ActionPlan, template: ActionPlan): ActionPlan {
  const fresh = <T extends { id: string }>(items: T[]) =>
    items.map((item) => ({ ...item, id: `t-${randomUUID().slice(0, 12)}` }));
  const skills = template.skills.map(({ behaviour: _linked, ...skill }) => skill);
  const merged = { ...plan, woop: plan.woop ?? template.woop };
  const copied: ActionPlan = { ...template, skills };
  for (const section of PLAN_SECTIONS)
    (merged[section] as { id: string }[]) = [
      ...plan[section],
      ...fresh(copied[section] as { id: string }[]),
    ];
  return merged;
}
