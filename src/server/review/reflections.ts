import { and, desc, eq, inArray, isNull, lte } from "drizzle-orm";
import type { EngagementReflections, ReflectionPointView } from "../../contract/review";
import type { EngagementRelation } from "../../domain/engagement/access";
import {
  type EngagementCourse,
  type ReflectionPoint,
  reflectionPoints,
  reflectionPointTitle,
} from "../../domain/review/reflection-points";
import { type ReflectionAnswers, sharingProblem } from "../../domain/review/reflection-questions";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { coachingSession, engagementStageChange, goal, reflection } from "../db/schema";
import { findEngagementForClientWork } from "../engagements/client-work";
import type { EngagementRow } from "../engagements/queries";
import { AppError, invalidInput } from "../http/errors";

// Reflection points (docs/decisions/022): the client and their coach each write their own
// answers; a draft is its author's alone, and a side's shared answers reach the other only once
// both have shared, so neither answer is written to the other's. The sponsor and the practice's
// admin know the engagement but not this (403); anyone else finds nothing (404).

const REFUSAL = "Only the client and their coach see the reflections.";
type Side = "coach" | "client";

export async function getReflections(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<EngagementReflections> {
  const { row, relation } = await findEngagementForClientWork(
    ctx.db,
    viewer,
    engagementId,
    REFUSAL,
  );
  const [{ due, next }, rows] = await Promise.all([
    duePoints(ctx.db, row),
    ctx.db.select().from(reflection).where(eq(reflection.engagementId, engagementId)),
  ]);
  // A point written once stays readable even if it is no longer due (a session cancelled since).
  const written = rows
    .map((r) => pointOfKey(r.pointKey))
    .filter((p): p is ReflectionPoint => p !== null && !due.some((d) => d.key === p.key));
  // Once in review, the final review takes the place of a quarter's point nobody wrote.
  const kept = inReview(row)
    ? due.filter((p) => p.kind === "final" || rows.some((r) => r.pointKey === p.key))
    : due;
  const points = [...kept, ...dedupe(written)].sort(byOrder);
  return { points: points.map((p) => viewOf(p, sideOf(relation), rows)), next };
}

export async function saveReflectionDraft(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  key: string,
  body: ReflectionAnswers,
): Promise<ReflectionPointView> {
  const { row, relation } = await requireWritable(ctx, viewer, engagementId, key);
  const side = sideOf(relation);
  await checkOutcomes(ctx.db, engagementId, key, body);
  const [saved] = await ctx.db
    .insert(reflection)
    .values({
      engagementId,
      pointKey: key,
      authorRole: side,
      authorId: viewer.userId,
      answers: body,
    })
    .onConflictDoUpdate({
      target: [reflection.engagementId, reflection.pointKey, reflection.authorRole],
      set: { answers: body, authorId: viewer.userId, updatedAt: new Date() },
      setWhere: isNull(reflection.sharedAt),
    })
    .returning({ id: reflection.id });
  if (!saved) throw new AppError("reflection_shared");
  return pointView(ctx, row.engagement.id, key, side);
}

export async function shareReflection(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  key: string,
): Promise<ReflectionPointView> {
  const { relation } = await requireWritable(ctx, viewer, engagementId, key);
  const side = sideOf(relation);
  await ctx.db.transaction(async (tx) => {
    const [own] = await tx
      .select({ answers: reflection.answers, sharedAt: reflection.sharedAt })
      .from(reflection)
      .where(mineWhere(engagementId, key, side))
      .for("update");
    if (own?.sharedAt) throw new AppError("reflection_shared");
    const goalIds = key === "final" ? await reviewedGoalIds(tx, engagementId) : [];
    const problem = sharingProblem(
      own?.answers ?? { answers: {}, outcomes: [] },
      key === "final",
      goalIds,
    );
    if (problem) throw new AppError("incomplete", problem);
    await tx
      .update(reflection)
      .set({ sharedAt: new Date(), updatedAt: new Date() })
      .where(mineWhere(engagementId, key, side));
  });
  return pointView(ctx, engagementId, key, side);
}

async function requireWritable(ctx: AppContext, viewer: Viewer, engagementId: string, key: string) {
  const found = await findEngagementForClientWork(ctx.db, viewer, engagementId, REFUSAL);
  if (found.row.engagement.stage === "closed")
    throw new AppError(
      "engagement_closed",
      "This engagement is closed; its reflections stay as they are.",
    );
  const { due } = await duePoints(ctx.db, found.row);
  if (!due.some((p) => p.key === key)) throw new AppError("reflection_not_due");
  if (key !== "final" && inReview(found.row) && !(await isWritten(ctx.db, engagementId, key)))
    throw new AppError(
      "reflection_not_due",
      "The final review takes the place of this reflection point.",
    );
  return found;
}

const inReview = (row: EngagementRow) =>
  row.engagement.stage !== "assessment" &&
  row.engagement.stage !== "planning" &&
  row.engagement.stage !== "active";

async function isWritten(db: Executor, engagementId: string, key: string): Promise<boolean> {
  const [found] = await db
    .select({ id: reflection.id })
    .from(reflection)
    .where(and(eq(reflection.engagementId, engagementId), eq(reflection.pointKey, key)))
    .limit(1);
  return found !== undefined;
}

/** The goals the final review gives an outcome for: every goal not dropped or replaced. */
async function reviewedGoalIds(db: Executor, engagementId: string): Promise<string[]> {
  const rows = await db
    .select({ id: goal.id })
    .from(goal)
    .where(and(eq(goal.engagementId, engagementId), inArray(goal.state, ["open", "achieved"])))
    .orderBy(goal.position);
  return rows.map((r) => r.id);
}

async function checkOutcomes(
  db: Executor,
  engagementId: string,
  key: string,
  body: ReflectionAnswers,
) {
  if (body.outcomes.length === 0) return;
  if (key !== "final")
    throw invalidInput([{ path: "outcomes", message: "Outcomes belong to the final review" }]);
  const goalIds = new Set(await reviewedGoalIds(db, engagementId));
  const seen = new Set<string>();
  body.outcomes.forEach((o, i) => {
    if (!goalIds.has(o.goalId) || seen.has(o.goalId))
      throw invalidInput([
        { path: `outcomes.${i}.goalId`, message: "Choose a goal of this engagement, once" },
      ]);
    seen.add(o.goalId);
  });
}

async function duePoints(db: Executor, row: EngagementRow) {
  const now = new Date();
  const [sessions, [review]] = await Promise.all([
    db
      .select({ startsAt: coachingSession.startsAt })
      .from(coachingSession)
      .where(
        and(
          eq(coachingSession.engagementId, row.engagement.id),
          eq(coachingSession.status, "scheduled"),
          lte(coachingSession.endsAt, now),
        ),
      ),
    db
      .select({ at: engagementStageChange.changedAt })
      .from(engagementStageChange)
      .where(
        and(
          eq(engagementStageChange.engagementId, row.engagement.id),
          eq(engagementStageChange.toStage, "review"),
        ),
      )
      .orderBy(desc(engagementStageChange.changedAt))
      .limit(1),
  ]);
  const course: EngagementCourse = {
    startDate: row.engagement.startDate,
    plannedEndDate: row.engagement.plannedEndDate,
    stage: row.engagement.stage,
    heldSessionDates: sessions.map((s) => dayOf(s.startsAt)),
    enteredReviewOn: review ? dayOf(review.at) : null,
    today: dayOf(now),
  };
  return reflectionPoints(course);
}

async function pointView(ctx: AppContext, engagementId: string, key: string, side: Side) {
  const rows = await ctx.db
    .select()
    .from(reflection)
    .where(and(eq(reflection.engagementId, engagementId), eq(reflection.pointKey, key)));
  const point = pointOfKey(key);
  if (!point) throw new AppError("reflection_not_due");
  return viewOf(point, side, rows);
}

type ReflectionRow = typeof reflection.$inferSelect;

function viewOf(point: ReflectionPoint, side: Side, rows: ReflectionRow[]): ReflectionPointView {
  const of = (role: Side) => rows.find((r) => r.pointKey === point.key && r.authorRole === role);
  const mine = of(side);
  const other = of(side === "coach" ? "client" : "coach");
  const bothShared = Boolean(mine?.sharedAt && other?.sharedAt);
  return {
    ...point,
    title: reflectionPointTitle(point),
    as: side,
    mine: mine ? sideView(mine) : null,
    otherShared: Boolean(other?.sharedAt),
    other: bothShared && other ? sideView(other) : null,
  };
}

const sideView = (r: ReflectionRow) => ({
  answers: r.answers,
  sharedAt: r.sharedAt?.toISOString() ?? null,
  updatedAt: r.updatedAt.toISOString(),
});

function sideOf(relation: EngagementRelation): Side {
  return relation === "coach" ? "coach" : "client";
}

const mineWhere = (engagementId: string, key: string, side: Side) =>
  and(
    eq(reflection.engagementId, engagementId),
    eq(reflection.pointKey, key),
    eq(reflection.authorRole, side),
  );

function pointOfKey(key: string): ReflectionPoint | null {
  if (key === "final") return { key, kind: "final", quarter: null, dueOn: null };
  const quarter = Number(/^quarter-(\d+)$/.exec(key)?.[1]);
  return Number.isInteger(quarter)
    ? { key: `quarter-${quarter}`, kind: "quarter", quarter, dueOn: null }
    : null;
}

const dedupe = (points: ReflectionPoint[]) =>
  points.filter((p, i) => points.findIndex((q) => q.key === p.key) === i);

const byOrder = (a: ReflectionPoint, b: ReflectionPoint) =>
  (a.quarter ?? Number.POSITIVE_INFINITY) - (b.quarter ?? Number.POSITIVE_INFINITY);

const dayOf = (at: Date) => at.toISOString().slice(0, 10);
