import { type ActionPlan, PLAN_SECTIONS } from "./action-plan";
import type { Measure } from "./measure";

export interface GoalForReadiness {
  measure: Measure | null;
  /** The current version of the goal's plan; null before one is saved. */
  plan: ActionPlan | null;
}

export const NOT_READY =
  "Before sessions start, give at least one goal a measure and an action plan. " +
  "To move on anyway, say why.";

/**
 * Planning is done when at least one goal has a measure and a plan with something in it. If the
 * coach moves the engagement on before, the server keeps their reason.
 */
export function readyForSessions(goals: GoalForReadiness[]): boolean {
  return goals.some((goal) => goal.measure !== null && goal.plan !== null && hasContent(goal.plan));
}

function hasContent(plan: ActionPlan): boolean {
  return plan.woop !== null || PLAN_SECTIONS.some((section) => plan[section].length > 0);
}

/** What is missing before sessions start, in plain words; null when planning is done. */
export function missingForSessions(goals: GoalForReadiness[]): string | null {
  if (readyForSessions(goals)) return null;
  if (goals.length === 0) return "There is no goal yet.";
  const measured = goals.filter((goal) => goal.measure !== null);
  if (measured.length === 0) return "No goal has a measure yet.";
  if (goals.some((goal) => goal.plan !== null && hasContent(goal.plan)))
    return "No goal has both a measure and an action plan yet.";
  return "No goal has an action plan yet.";
}
