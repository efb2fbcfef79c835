import { and, desc, eq } from "drizzle-orm";
import type { Goal, GoalRevisionList, GoalSnapshot } from "../../contract/goals";
import type { GoalDraft } from "../../domain/goals/goal-draft";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Transaction } from "../db/database";
import { goal, goalRevision, user } from "../db/schema";
import { requireGoal } from "./access";
import { StaleVersion } from "./stale";

// Every save of a goal's own fields is a revision: the optimistic lock of an edit, and the
// record of who changed what, when and why.

/** Every save of the goal's own fields, newest first, with who, when and why. */
export async function listRevisions(
  ctx: AppContext,
  viewer: Viewer,
  goalId: string,
): Promise<GoalRevisionList> {
  await requireGoal(ctx, viewer, goalId);
  const rows = await ctx.db
    .select({
      revision: goalRevision.revision,
      changedBy: { id: user.id, name: user.name },
      changedAt: goalRevision.changedAt,
      reason: goalRevision.reason,
      snapshot: goalRevision.snapshot,
    })
    .from(goalRevision)
    .innerJoin(user, eq(user.id, goalRevision.changedBy))
    .where(eq(goalRevision.goalId, goalId))
    .orderBy(desc(goalRevision.revision));
  return rows.map(({ snapshot, changedAt, ...facts }) => {
    const { overrides: _kept, ...fields } = snapshot;
    return { ...facts, changedAt: changedAt.toISOString(), goal: fields as GoalSnapshot };
  });
}

/** The next revision, when the goal is still at `revision`; null when someone saved meanwhile. */
export async function bumpRevision(
  tx: Transaction,
  goalId: string,
  revision: number,
  set: Partial<typeof goal.$inferInsert>,
): Promise<number | null> {
  const [row] = await tx
    .update(goal)
    .set({ ...set, revision: revision + 1 })
    .where(and(eq(goal.id, goalId), eq(goal.revision, revision)))
    .returning({ revision: goal.revision });
  return row?.revision ?? null;
}

interface Closing {
  closedOn?: string | null;
  closedReason?: string | null;
  replacedBy?: string | null;
}

/** Keeps the goal as just saved, with who saved it, when and why. */
export async function recordRevision(
  tx: Transaction,
  at: {
    engagementId: string;
    goalId: string;
    revision: number;
    viewer: Viewer;
    reason?: string | undefined;
  },
  saved: GoalDraft & Closing,
) {
  const [row] = await tx
    .select({ state: goal.state, overrides: goal.overrides })
    .from(goal)
    .where(eq(goal.id, at.goalId));
  await tx.insert(goalRevision).values({
    goalId: at.goalId,
    engagementId: at.engagementId,
    revision: at.revision,
    snapshot: {
      ...saved,
      state: row?.state ?? "open",
      closedOn: saved.closedOn ?? null,
      closedReason: saved.closedReason ?? null,
      replacedBy: saved.replacedBy ?? null,
      overrides: row?.overrides ?? [],
    },
    changedBy: at.viewer.userId,
    reason: at.reason?.trim() || null,
  });
}

export function staleGoal(current: Goal) {
  return new StaleVersion(
    "Someone saved this goal meanwhile. Here it is as it is now: compare, then make your change again.",
    { current },
  );
}

export function draftFrom(current: Goal): GoalDraft {
  return {
    statement: current.statement,
    measure: current.measure,
    baseline: current.baseline,
    target: current.target,
    realisticPerWeek: current.realisticPerWeek,
    startDate: current.startDate,
    dueDate: current.dueDate,
    whyItMatters: current.whyItMatters,
    developmentEntryIds: current.developmentEntryIds,
    behaviourLinks: current.behaviourLinks,
  };
}
