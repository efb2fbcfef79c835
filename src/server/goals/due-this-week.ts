import { and, eq, sql } from "drizzle-orm";
import type { DueThisWeekView } from "../../contract/goals";
import type { ActionPlan } from "../../domain/goals/action-plan";
import { addDays, type Day, mondayOf } from "../../domain/goals/dates";
import { dueThisWeek, type GoalDates } from "../../domain/goals/due-this-week";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Database } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import { actionPlanVersion, goal, goalMilestone } from "../db/schema";
import { requireGoalsOf } from "./access";
import { cadenceDays } from "./cadence";

// One list across an engagement's open goals of what is due this week: open milestones, one-off
// exercises of the current plans, and the days this week a cadence falls on. Two prepared
// statements, whatever the number of goals.

export async function listDueThisWeek(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  query: { timeZone: string; day?: string | undefined },
): Promise<DueThisWeekView> {
  await requireGoalsOf(ctx, viewer, engagementId);
  const today = query.day ?? todayIn(query.timeZone);
  const weekStart = mondayOf(today);
  const weekEnd = addDays(weekStart, 6);
  const [goals, milestones] = await Promise.all([
    openGoals(ctx.db).execute({ engagementId }),
    openGoalMilestones(ctx.db).execute({ engagementId }),
  ]);
  const window = { from: weekStart, to: weekEnd, timeZone: query.timeZone };
  const dated: GoalDates[] = goals.map((row) => ({
    goalId: row.id,
    goalStatement: row.statement,
    milestones: milestones
      .filter((m) => m.goalId === row.id)
      .map((m) => ({ id: m.id, title: m.title, date: m.dueOn, done: m.doneAt !== null })),
    exercises: exercisesOf(row.plan, { ...window, start: row.startDate }),
  }));
  return { weekStart, weekEnd, today, items: dueThisWeek(dated, today) };
}

function exercisesOf(
  plan: ActionPlan | null,
  window: { start: Day; from: Day; to: Day; timeZone: string },
): GoalDates["exercises"] {
  return (plan?.exercises ?? []).map((exercise) => {
    const { schedule } = exercise;
    const once = schedule.kind === "once";
    const dates = once ? [schedule.dueDate] : cadenceDays(schedule.rrule, window);
    return { id: exercise.id, task: exercise.task, dates, oneOff: once, done: [] };
  });
}

/** Today's date where the reader is. */
export function todayIn(timeZone: string, now = new Date()): Day {
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(now);
}

const engagementKey = sql.placeholder("engagementId");

function prepareOpenGoals(db: Database) {
  return db
    .select({
      id: goal.id,
      statement: goal.statement,
      startDate: goal.startDate,
      plan: actionPlanVersion.plan,
    })
    .from(goal)
    .leftJoin(
      actionPlanVersion,
      and(eq(actionPlanVersion.goalId, goal.id), eq(actionPlanVersion.version, goal.planVersion)),
    )
    .where(and(eq(goal.engagementId, engagementKey), eq(goal.state, "open")))
    .orderBy(goal.position, goal.createdAt)
    .prepare("keel_due_open_goals");
}

function prepareMilestones(db: Database) {
  return db
    .select({
      id: goalMilestone.id,
      goalId: goalMilestone.goalId,
      title: goalMilestone.title,
      dueOn: goalMilestone.dueOn,
      doneAt: goalMilestone.doneAt,
    })
    .from(goalMilestone)
    .where(eq(goalMilestone.engagementId, engagementKey))
    .prepare("keel_due_milestones");
}

const openGoals = preparedStatement(prepareOpenGoals);
const openGoalMilestones = preparedStatement(prepareMilestones);
