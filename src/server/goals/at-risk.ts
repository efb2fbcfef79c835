import { and, asc, eq, isNotNull, ne } from "drizzle-orm";
import type { GoalsAtRiskList } from "../../contract/goals";
import { statusOfGoal } from "../../domain/goals/goal-status";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { engagement, goal, user } from "../db/schema";
import { today } from "./present";

// The coach's home: which clients have goals at risk or off track. One query over the open,
// measured goals of the coach's own engagements still running; each goal's status comes from its
// row's copy of the latest measurement (decision 018) by the domain's one rule.

const ORDER = { off_track: 0, at_risk: 1 } as const;

export async function listGoalsAtRisk(ctx: AppContext, viewer: Viewer): Promise<GoalsAtRiskList> {
  const rows = await ctx.db
    .select({
      goalId: goal.id,
      statement: goal.statement,
      direction: goal.direction,
      baseline: goal.baseline,
      target: goal.target,
      startDate: goal.startDate,
      dueDate: goal.dueDate,
      latestValue: goal.latestValue,
      latestOn: goal.latestOn,
      engagement: { id: engagement.id, title: engagement.title },
      client: { id: user.id, name: user.name },
    })
    .from(engagement)
    .innerJoin(goal, eq(goal.engagementId, engagement.id))
    .innerJoin(user, eq(user.id, engagement.clientId))
    .where(
      and(
        eq(engagement.coachId, viewer.userId),
        eq(engagement.practiceId, viewer.practiceId),
        ne(engagement.stage, "closed"),
        eq(goal.state, "open"),
        isNotNull(goal.latestOn),
      ),
    )
    .orderBy(asc(user.name), asc(engagement.id), asc(goal.position));
  const day = today();
  const flagged = rows.flatMap(({ latestValue, latestOn, ...row }) => {
    const measurements =
      latestValue === null || latestOn === null ? [] : [{ value: latestValue, date: latestOn }];
    const reading = statusOfGoal({ ...row, measurements, today: day });
    if (reading.status !== "at_risk" && reading.status !== "off_track") return [];
    const status = {
      status: reading.status,
      label: reading.label,
      explanation: reading.explanation,
    };
    return [{ ...row, status, rank: ORDER[reading.status] }];
  });
  return {
    goals: flagged
      .sort((a, b) => a.rank - b.rank)
      .map(({ goalId, statement, status, engagement: e, client }) => ({
        goalId,
        statement,
        status,
        engagement: e,
        client,
      })),
  };
}
