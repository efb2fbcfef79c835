import { and, eq } from "drizzle-orm";
import type { ActionPlan, Goal } from "../../contract/goals";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { actionPlanVersion, developmentEntry, goal, user } from "../db/schema";
import { requireGoalsOf } from "./access";
import { readGoals } from "./goal-service";
import { today } from "./present";

// What the plan document reads: the engagement's goals as their page shows them, each goal's
// current plan and the titles of the development entries they link; the same few queries
// whatever the number of goals.

export interface CurrentPlan {
  version: number;
  plan: ActionPlan;
  changedBy: string;
  changedAt: Date;
  reason: string | null;
}

export interface PlanDocument {
  clientName: string;
  coachName: string;
  practiceName: string;
  engagementTitle: string;
  /** The day it was made: "today" in UTC, as the goals' status reads it. */
  preparedOn: string;
  goals: Goal[];
  plans: Map<string, CurrentPlan>;
  entryTitles: Map<string, string>;
}

/** The engagement's goals and plans, for its client and coach (others as the goals page). */
export async function readPlanDocument(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<PlanDocument> {
  const row = await requireGoalsOf(ctx, viewer, engagementId);
  const [goals, plans, entryTitles] = await Promise.all([
    readGoals(ctx.db, { engagementId }, engagementId),
    currentPlans(ctx.db, engagementId),
    entryTitlesOf(ctx.db, engagementId),
  ]);
  return {
    clientName: row.client.name,
    coachName: row.coach.name,
    practiceName: viewer.practiceName,
    engagementTitle: row.engagement.title,
    preparedOn: today(),
    goals,
    plans,
    entryTitles,
  };
}

async function currentPlans(db: Executor, engagementId: string) {
  const rows = await db
    .select({
      goalId: actionPlanVersion.goalId,
      version: actionPlanVersion.version,
      plan: actionPlanVersion.plan,
      changedBy: user.name,
      changedAt: actionPlanVersion.changedAt,
      reason: actionPlanVersion.reason,
    })
    .from(actionPlanVersion)
    .innerJoin(
      goal,
      and(eq(goal.id, actionPlanVersion.goalId), eq(goal.planVersion, actionPlanVersion.version)),
    )
    .innerJoin(user, eq(user.id, actionPlanVersion.changedBy))
    .where(eq(actionPlanVersion.engagementId, engagementId));
  return new Map(rows.map(({ goalId, ...plan }) => [goalId, plan]));
}

async function entryTitlesOf(db: Executor, engagementId: string) {
  const rows = await db
    .select({ id: developmentEntry.id, title: developmentEntry.title })
    .from(developmentEntry)
    .where(eq(developmentEntry.engagementId, engagementId));
  return new Map(rows.map((r) => [r.id, r.title]));
}
