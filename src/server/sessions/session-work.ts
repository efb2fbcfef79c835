import { and, asc, eq } from "drizzle-orm";
import type { SessionGoal, SessionPlanChange, SessionWork } from "../../contract/session-work";
import type { EngagementRelation } from "../../domain/engagement/access";
import { sessionWorkAbilities } from "../../domain/sessions/session-work";
import { readCommitments } from "../commitments/read";
import type { Executor } from "../db/database";
import { actionPlanVersion, coachingSession, goal, user } from "../db/schema";
import { invalidInput } from "../http/errors";
import { readSessionThemes } from "./themes";

// What the session page shows of the session's work: its themes, the commitments made, the plan
// versions saved from it and the open goals whose plans it may adjust. A plan saved from a
// session names it (action_plan_version.session_id, source "session").

export async function readSessionWork(
  db: Executor,
  relation: EngagementRelation,
  at: { sessionId: string; engagementId: string; status: "scheduled" | "cancelled" },
  engagementOpen: boolean,
): Promise<SessionWork> {
  const [themes, commitments, planChanges, openGoals] = await Promise.all([
    readSessionThemes(db, at.sessionId),
    readCommitments(db, at.sessionId),
    readPlanChanges(db, at.sessionId),
    readOpenGoals(db, at.engagementId),
  ]);
  const mayWork = sessionWorkAbilities(relation, at, engagementOpen);
  return { themes, commitments, planChanges, openGoals, mayWork };
}

async function readPlanChanges(db: Executor, sessionId: string): Promise<SessionPlanChange[]> {
  const rows = await db
    .select({
      goalId: goal.id,
      goalStatement: goal.statement,
      version: actionPlanVersion.version,
      changedBy: { id: user.id, name: user.name },
      changedAt: actionPlanVersion.changedAt,
      reason: actionPlanVersion.reason,
    })
    .from(actionPlanVersion)
    .innerJoin(goal, eq(goal.id, actionPlanVersion.goalId))
    .innerJoin(user, eq(user.id, actionPlanVersion.changedBy))
    .where(eq(actionPlanVersion.sessionId, sessionId))
    .orderBy(asc(actionPlanVersion.changedAt), asc(actionPlanVersion.version));
  return rows.map((row) => ({ ...row, changedAt: row.changedAt.toISOString() }));
}

async function readOpenGoals(db: Executor, engagementId: string): Promise<SessionGoal[]> {
  return db
    .select({ id: goal.id, statement: goal.statement, planVersion: goal.planVersion })
    .from(goal)
    .where(and(eq(goal.engagementId, engagementId), eq(goal.state, "open")))
    .orderBy(asc(goal.position));
}

/**
 * The session a plan is saved from: one of the goal's engagement, not cancelled. Otherwise a 400
 * on `sessionId`, the same whether the session is missing or another engagement's.
 */
export async function requirePlanSession(db: Executor, engagementId: string, sessionId: string) {
  const [found] = await db
    .select({ status: coachingSession.status })
    .from(coachingSession)
    .where(and(eq(coachingSession.id, sessionId), eq(coachingSession.engagementId, engagementId)));
  const message = !found
    ? "This is not a session of the goal's engagement."
    : found.status === "cancelled"
      ? "This session was cancelled; save the plan without it."
      : null;
  if (message) throw invalidInput([{ path: "sessionId", message }]);
}
