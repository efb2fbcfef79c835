import { and, eq } from "drizzle-orm";
import type { CloseGoalBody } from "../../contract/goals";
import { addDays, isDay } from "../../domain/goals/dates";
import { MIN_REASON_LENGTH } from "../../domain/goals/overrides";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { goal } from "../db/schema";
import { invalidInput } from "../http/errors";
import { requireOpenGoal } from "./access";
import { readGoal } from "./goal-service";
import { today } from "./present";
import { bumpRevision, draftFrom, recordRevision, staleGoal } from "./revisions";

// Closing a goal is people's decision, which its status shows from then on: achieved on a day,
// dropped with a reason, or replaced by another goal of the engagement.

export async function closeGoal(
  ctx: AppContext,
  viewer: Viewer,
  goalId: string,
  input: CloseGoalBody,
) {
  const found = await requireOpenGoal(ctx, viewer, goalId);
  const { engagementId } = found;
  const current = await readGoal(ctx.db, goalId, engagementId);
  if (input.revision !== current.revision) throw staleGoal(current);
  const closing = await closingOf(ctx.db, found, input);
  const saved = await ctx.db.transaction(async (tx) => {
    const next = await bumpRevision(tx, goalId, input.revision, {
      ...closing,
      updatedBy: viewer.userId,
    });
    if (next === null) return false;
    const snapshot = { ...draftFrom(current), ...closing };
    await recordRevision(
      tx,
      { engagementId, goalId, revision: next, viewer, reason: input.reason },
      snapshot,
    );
    return true;
  });
  if (!saved) throw staleGoal(await readGoal(ctx.db, goalId, engagementId));
  return readGoal(ctx.db, goalId, engagementId);
}

/** The closing's columns, once its reason, day and replacing goal check out. */
async function closingOf(
  db: Executor,
  found: { id: string; engagementId: string; startDate: string },
  input: CloseGoalBody,
) {
  const reason = input.reason?.trim() ?? "";
  const on = input.on ?? today();
  if (input.outcome === "dropped" && reason.length < MIN_REASON_LENGTH)
    throw invalidInput([{ path: "reason", message: "Say why the goal is dropped." }]);
  // A day ahead of UTC's today is allowed: it is already tomorrow somewhere.
  const latest = addDays(today(), 1);
  if (input.outcome === "achieved" && (!isDay(on) || on < found.startDate || on > latest))
    throw invalidInput([
      { path: "on", message: "Give the day it was achieved: from the start date to today." },
    ]);
  const replacedBy = input.outcome === "replaced" ? (input.replacedBy ?? null) : null;
  if (replacedBy !== null) await requireReplacement(db, found, replacedBy);
  return {
    state: input.outcome,
    closedOn: input.outcome === "achieved" ? on : today(),
    closedReason: reason || null,
    replacedBy,
  };
}

async function requireReplacement(
  db: Executor,
  found: { id: string; engagementId: string },
  replacedBy: string,
) {
  const [other] = await db
    .select({ id: goal.id })
    .from(goal)
    .where(and(eq(goal.id, replacedBy), eq(goal.engagementId, found.engagementId)));
  if (!other || other.id === found.id)
    throw invalidInput([
      { path: "replacedBy", message: "Choose another goal of this engagement as the new goal." },
    ]);
}
