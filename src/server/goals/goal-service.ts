import { sql } from "drizzle-orm";
import type { Goal, GoalList } from "../../contract/goals";
import type { GoalDraft } from "../../domain/goals/goal-draft";
import type { Override } from "../../domain/goals/overrides";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Database } from "../db/database";
import { goal } from "../db/schema";
import { invalidInput, notFound } from "../http/errors";
import { requireGoal, requireGoalsOf, requireOpenGoal } from "./access";
import { checkGoalInput, storedOverrides, writeLinks } from "./goal-input";
import { presentGoals, today } from "./present";
import { type GoalScope, selectGoalContext, selectGoalParts } from "./queries";
import { bumpRevision, draftFrom, recordRevision, staleGoal } from "./revisions";

// Goals: written by the client or their coach, checked by the domain's SMART checks, and every
// save kept as a revision with who, when and why.

export async function listGoals(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<GoalList> {
  await requireGoalsOf(ctx, viewer, engagementId);
  return { goals: await readGoals(ctx.db, { engagementId }, engagementId) };
}

export async function getGoal(ctx: AppContext, viewer: Viewer, goalId: string) {
  const found = await requireGoal(ctx, viewer, goalId);
  return readGoal(ctx.db, goalId, found.engagementId);
}
/** The goals of a scope with all they show: five queries, whatever their number. */
export async function readGoals(db: Database, scope: GoalScope, engagementId: string) {
  const [{ rows, measurements, milestones, links }, context] = await Promise.all([
    selectGoalParts(db, scope),
    selectGoalContext(db, engagementId),
  ]);
  return presentGoals(rows, {
    measurements,
    milestones,
    links,
    ...context,
    today: today(),
  });
}

export async function readGoal(db: Database, goalId: string, engagementId: string): Promise<Goal> {
  const [found] = await readGoals(db, { goalId }, engagementId);
  if (!found) throw notFound("This goal");
  return found;
}

export interface GoalFields extends Omit<GoalDraft, "startDate"> {
  startDate?: string | undefined;
  overrides: Override[];
}

export async function createGoal(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  input: GoalFields,
) {
  await requireGoalsOf(ctx, viewer, engagementId, true);
  const { overrides, ...fields } = input;
  const draft: GoalDraft = { ...fields, startDate: input.startDate ?? today() };
  const checked = await checkGoalInput(ctx.db, engagementId, { draft, overrides });
  refuseClientOverrides(viewer, overrides, []);
  const kept = storedOverrides(overrides, [], viewer.userId);
  const goalId = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(goal)
      .values({
        engagementId,
        position: sql`(select coalesce(max(${goal.position}), 0) + 1 from ${goal} where ${goal.engagementId} = ${engagementId})`,
        ...columnsOf(draft),
        overrides: kept,
        createdBy: viewer.userId,
        updatedBy: viewer.userId,
      })
      .returning({ id: goal.id });
    if (!created) throw new Error("goal was not created");
    await writeLinks(tx, { engagementId, goalId: created.id }, draft, checked.campaignId);
    await recordRevision(tx, { engagementId, goalId: created.id, revision: 1, viewer }, draft);
    return created.id;
  });
  return readGoal(ctx.db, goalId, engagementId);
}

/** Guidance is the coach's to set aside (the "the coach can override with a reason"). */
function refuseClientOverrides(viewer: Viewer, given: Override[], kept: Override[]) {
  if (viewer.role !== "client") return;
  const problems = given.flatMap((override, index) =>
    kept.some((k) => k.code === override.code && k.reason === override.reason)
      ? []
      : [{ path: `overrides.${index}`, message: "Only the coach sets guidance aside" }],
  );
  if (problems.length > 0) throw invalidInput(problems, "Only the coach sets guidance aside.");
}

export interface GoalChanges extends Partial<GoalFields> {
  revision: number;
  reason?: string | undefined;
}

export async function updateGoal(
  ctx: AppContext,
  viewer: Viewer,
  goalId: string,
  changes: GoalChanges,
) {
  const found = await requireOpenGoal(ctx, viewer, goalId);
  const { engagementId } = found;
  const current = await readGoal(ctx.db, goalId, engagementId);
  if (changes.revision !== current.revision) throw staleGoal(current);
  const { revision, reason, overrides, ...fields } = changes;
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const draft: GoalDraft = { ...draftFrom(current), ...defined };
  const given = overrides ?? current.overrides;
  const checked = await checkGoalInput(ctx.db, engagementId, {
    draft,
    overrides: given,
    latestValue: current.latest?.value ?? null,
    behavioursGiven: fields.behaviourLinks !== undefined,
  });
  refuseClientOverrides(viewer, given, current.overrides);
  const kept = storedOverrides(given, current.overrides, viewer.userId);
  const saved = await ctx.db.transaction(async (tx) => {
    const next = await bumpRevision(tx, goalId, revision, {
      ...columnsOf(draft),
      overrides: kept,
      updatedBy: viewer.userId,
    });
    if (next === null) return false;
    await writeLinks(tx, { engagementId, goalId }, fields, checked.campaignId);
    await recordRevision(tx, { engagementId, goalId, revision: next, viewer, reason }, draft);
    return true;
  });
  if (!saved) throw staleGoal(await readGoal(ctx.db, goalId, engagementId));
  return readGoal(ctx.db, goalId, engagementId);
}

function columnsOf(draft: GoalDraft) {
  return {
    statement: draft.statement,
    measureWhat: draft.measure?.what ?? null,
    measureUnit: draft.measure?.unit ?? null,
    direction: draft.measure?.direction ?? null,
    baseline: draft.baseline,
    target: draft.target,
    realisticPerWeek: draft.realisticPerWeek ?? null,
    startDate: draft.startDate,
    dueDate: draft.dueDate,
    whyItMatters: draft.whyItMatters,
  };
}
