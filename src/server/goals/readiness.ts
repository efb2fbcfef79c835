import { and, eq } from "drizzle-orm";
import { missingForSessions } from "../../domain/goals/ready-for-sessions";
import type { Executor } from "../db/database";
import { actionPlanVersion, goal } from "../db/schema";

/**
 * What the engagement's open goals still lack before sessions start (null when one goal has a
 * measure and a plan): one query over the goals with their current plans.
 */
export async function missingBeforeSessions(db: Executor, engagementId: string) {
  const rows = await db
    .select({ measureWhat: goal.measureWhat, plan: actionPlanVersion.plan })
    .from(goal)
    .leftJoin(
      actionPlanVersion,
      and(eq(actionPlanVersion.goalId, goal.id), eq(actionPlanVersion.version, goal.planVersion)),
    )
    .where(and(eq(goal.engagementId, engagementId), eq(goal.state, "open")));
  return missingForSessions(
    rows.map((row) => ({
      measure:
        row.measureWhat === null
          ? null
          : { what: row.measureWhat, unit: "", direction: "higher" as const },
      plan: row.plan,
    })),
  );
}
