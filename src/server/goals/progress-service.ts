import { eq, sql } from "drizzle-orm";
import type {
  AddMeasurementBody,
  AddMilestoneBody,
  UpdateMilestoneBody,
} from "../../contract/goals";
import { addDays, isDay } from "../../domain/goals/dates";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { goalMeasurement, goalMilestone } from "../db/schema";
import { invalidInput, notFound } from "../http/errors";
import { requireChild, requireGoal } from "./access";
import { readGoal } from "./goal-service";
import { presentMilestone, today } from "./present";
import { lockGoal, refreshLatest } from "./queries";

// Progress: measurements recorded by hand (check-ins add them in stage 4) and milestones.
// Measurements are never overwritten: a wrong one is withdrawn and another added. The goal keeps
// a copy of the latest, written in the same transaction as the measurement.

export async function addMeasurement(
  ctx: AppContext,
  viewer: Viewer,
  goalId: string,
  input: AddMeasurementBody,
) {
  const found = await requireGoal(ctx, viewer, goalId, true);
  if (found.measureWhat === null)
    throw invalidInput([
      {
        path: "value",
        message: "This goal has no measure yet: give it one, then record progress.",
      },
    ]);
  // A day ahead of UTC's today is allowed: it is already tomorrow somewhere.
  if (!isDay(input.measuredOn) || input.measuredOn > addDays(today(), 1))
    throw invalidInput([
      { path: "measuredOn", message: "Give the day it was measured: not a future day." },
    ]);
  await ctx.db.transaction((tx) =>
    recordMeasurement(tx, {
      engagementId: found.engagementId,
      goalId,
      value: input.value,
      measuredOn: input.measuredOn,
      note: input.note?.trim() || null,
      recordedBy: viewer.userId,
    }),
  );
  return readGoal(ctx.db, goalId, found.engagementId);
}

/**
 * Records a measurement inside the caller's transaction, holding the goal's row while its copy
 * of the latest is refreshed; the callers have checked the goal has a measure and the day.
 */
export async function recordMeasurement(
  tx: Executor,
  values: typeof goalMeasurement.$inferInsert & { goalId: string },
): Promise<string> {
  await lockGoal(tx, values.goalId);
  const [row] = await tx
    .insert(goalMeasurement)
    .values(values)
    .returning({ id: goalMeasurement.id });
  if (!row) throw new Error("the measurement was not recorded");
  await refreshLatest(tx, values.goalId);
  return row.id;
}

export async function withdrawMeasurement(ctx: AppContext, viewer: Viewer, id: string) {
  const found = await requireChild(ctx, viewer, "measurement", id);
  await ctx.db.transaction(async (tx) => {
    await lockGoal(tx, found.goalId);
    await tx
      .update(goalMeasurement)
      .set({ withdrawnAt: new Date(), withdrawnBy: viewer.userId })
      .where(eq(goalMeasurement.id, id));
    await refreshLatest(tx, found.goalId);
  });
}

export async function addMilestone(
  ctx: AppContext,
  viewer: Viewer,
  goalId: string,
  input: AddMilestoneBody,
) {
  const found = await requireGoal(ctx, viewer, goalId, true);
  requireDay(input.dueOn);
  const [row] = await ctx.db
    .insert(goalMilestone)
    .values({
      engagementId: found.engagementId,
      goalId,
      title: input.title,
      dueOn: input.dueOn,
      createdBy: viewer.userId,
    })
    .returning();
  if (!row) throw new Error("milestone was not added");
  return presentMilestone(row);
}

export async function updateMilestone(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
  input: UpdateMilestoneBody,
) {
  await requireChild(ctx, viewer, "milestone", id);
  if (input.dueOn !== undefined) requireDay(input.dueOn);
  const done =
    input.done === undefined
      ? {}
      : input.done
        ? {
            // Marked done again, it keeps the first time and person.
            doneAt: sql`coalesce(${goalMilestone.doneAt}, now())`,
            doneBy: sql`coalesce(${goalMilestone.doneBy}, ${viewer.userId}::uuid)`,
          }
        : { doneAt: null, doneBy: null };
  const [row] = await ctx.db
    .update(goalMilestone)
    .set({
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(input.dueOn === undefined ? {} : { dueOn: input.dueOn }),
      ...done,
    })
    .where(eq(goalMilestone.id, id))
    .returning();
  if (!row) throw notFound("This milestone");
  return presentMilestone(row);
}

export async function removeMilestone(ctx: AppContext, viewer: Viewer, id: string) {
  await requireChild(ctx, viewer, "milestone", id);
  await ctx.db.delete(goalMilestone).where(eq(goalMilestone.id, id));
}

function requireDay(day: string) {
  if (!isDay(day)) throw invalidInput([{ path: "dueOn", message: "Give a real day." }]);
}
