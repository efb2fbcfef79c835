import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias, type PgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "../db/database";
import {
  developmentEntry,
  engagement,
  feedbackCampaign,
  goal,
  goalBehaviourLink,
  goalDevelopmentLink,
  goalMeasurement,
  goalMilestone,
  user,
} from "../db/schema";
import { partyColumns } from "../engagements/queries";

// What a goals page reads: each query covers all the goals asked for, one engagement's or one
// goal, so the page costs the same few queries whatever the number of goals.

/** Which goals: an engagement's, or one. */
export type GoalScope = { engagementId: string } | { goalId: string };

const scoped = (scope: GoalScope, columns: { engagementId: PgColumn; goalId: PgColumn }) =>
  "goalId" in scope
    ? eq(columns.goalId, scope.goalId)
    : eq(columns.engagementId, scope.engagementId);

const replacing = alias(goal, "replacing");

export function selectGoals(db: Executor, scope: GoalScope) {
  return db
    .select({ goal, replacedByStatement: replacing.statement })
    .from(goal)
    .leftJoin(replacing, eq(replacing.id, goal.replacedBy))
    .where(scoped(scope, { engagementId: goal.engagementId, goalId: goal.id }))
    .orderBy(asc(goal.position), asc(goal.createdAt));
}
export type GoalRow = Awaited<ReturnType<typeof selectGoals>>[number];

const recorder = alias(user, "recorder");

/** Measurements not withdrawn, in the order they count: by day, then as recorded. */
export function selectMeasurements(db: Executor, scope: GoalScope) {
  return db
    .select({
      id: goalMeasurement.id,
      goalId: goalMeasurement.goalId,
      value: goalMeasurement.value,
      measuredOn: goalMeasurement.measuredOn,
      note: goalMeasurement.note,
      source: goalMeasurement.source,
      recordedBy: { id: recorder.id, name: recorder.name },
      createdAt: goalMeasurement.createdAt,
    })
    .from(goalMeasurement)
    .innerJoin(recorder, eq(recorder.id, goalMeasurement.recordedBy))
    .where(
      and(
        scoped(scope, {
          engagementId: goalMeasurement.engagementId,
          goalId: goalMeasurement.goalId,
        }),
        isNull(goalMeasurement.withdrawnAt),
      ),
    )
    .orderBy(
      asc(goalMeasurement.goalId),
      asc(goalMeasurement.measuredOn),
      asc(goalMeasurement.createdAt),
      asc(goalMeasurement.id),
    );
}
export type MeasurementRow = Awaited<ReturnType<typeof selectMeasurements>>[number];

export function selectMilestones(db: Executor, scope: GoalScope) {
  return db
    .select()
    .from(goalMilestone)
    .where(
      scoped(scope, { engagementId: goalMilestone.engagementId, goalId: goalMilestone.goalId }),
    )
    .orderBy(asc(goalMilestone.dueOn), asc(goalMilestone.createdAt), asc(goalMilestone.id));
}
export type MilestoneRow = Awaited<ReturnType<typeof selectMilestones>>[number];

/** Both kinds of link in one statement: development entries and 360 behaviours. */
export async function selectLinks(db: Executor, scope: GoalScope) {
  const entries = db
    .select({
      goalId: goalDevelopmentLink.goalId,
      kind: sql<"entry" | "behaviour">`'entry'`.as("kind"),
      first: sql<string>`${goalDevelopmentLink.entryId}::text`.as("first"),
      second: sql<string | null>`null`.as("second"),
      position: sql<number>`0`.as("position"),
    })
    .from(goalDevelopmentLink)
    .where(
      scoped(scope, {
        engagementId: goalDevelopmentLink.engagementId,
        goalId: goalDevelopmentLink.goalId,
      }),
    );
  const behaviours = db
    .select({
      goalId: goalBehaviourLink.goalId,
      kind: sql<"entry" | "behaviour">`'behaviour'`.as("kind"),
      first: goalBehaviourLink.competencyId,
      second: goalBehaviourLink.itemId,
      position: goalBehaviourLink.position,
    })
    .from(goalBehaviourLink)
    .where(
      scoped(scope, {
        engagementId: goalBehaviourLink.engagementId,
        goalId: goalBehaviourLink.goalId,
      }),
    );
  return entries.unionAll(behaviours).orderBy(sql`1, 2, 5, 3`);
}
export type LinkRow = Awaited<ReturnType<typeof selectLinks>>[number];

/** The 360 model a goal's behaviours come from: the engagement's newest campaign's copy. */
export async function selectNewestModel(db: Executor, engagementId: string) {
  const [row] = await db
    .select({ id: feedbackCampaign.id, model: feedbackCampaign.model })
    .from(feedbackCampaign)
    .where(eq(feedbackCampaign.engagementId, engagementId))
    .orderBy(desc(feedbackCampaign.createdAt), desc(feedbackCampaign.id))
    .limit(1);
  return row;
}

/** What the SMART checks read of the engagement: its planned end, and whether it has a 360. */
export async function selectGoalContext(db: Executor, engagementId: string) {
  const [row] = await db
    .select({
      plannedEndDate: engagement.plannedEndDate,
      behavioursAvailable: sql<boolean>`exists (select 1 from ${feedbackCampaign} where ${feedbackCampaign.engagementId} = ${engagement.id})`,
    })
    .from(engagement)
    .where(eq(engagement.id, engagementId));
  return {
    engagementEndDate: row?.plannedEndDate ?? null,
    behavioursAvailable: row?.behavioursAvailable ?? false,
  };
}

/** Of these entry ids, those in the engagement's development profile. */
export async function selectEntryIdsIn(db: Executor, engagementId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: developmentEntry.id })
    .from(developmentEntry)
    .where(and(eq(developmentEntry.engagementId, engagementId), inArray(developmentEntry.id, ids)));
  return new Set(rows.map((row) => row.id));
}

/** A goal with its engagement's parties and stage: what the guard reads. */
export async function selectGoalGuard(db: Executor, goalId: string) {
  const [row] = await db
    .select({
      goal: {
        id: goal.id,
        engagementId: goal.engagementId,
        state: goal.state,
        revision: goal.revision,
        planVersion: goal.planVersion,
        measureWhat: goal.measureWhat,
        startDate: goal.startDate,
      },
      stage: engagement.stage,
      parties: partyColumns,
    })
    .from(goal)
    .innerJoin(engagement, eq(engagement.id, goal.engagementId))
    .where(eq(goal.id, goalId));
  return row;
}
export type GoalGuardRow = NonNullable<Awaited<ReturnType<typeof selectGoalGuard>>>;

/** A measurement or milestone with its goal's guard columns. */
export async function selectChildGuard(
  db: Executor,
  table: typeof goalMeasurement | typeof goalMilestone,
  id: string,
) {
  const withdrawn = table === goalMeasurement ? isNull(goalMeasurement.withdrawnAt) : sql`true`;
  const [row] = await db
    .select({ goalId: table.goalId, stage: engagement.stage, parties: partyColumns })
    .from(table)
    .innerJoin(engagement, eq(engagement.id, table.engagementId))
    .where(and(eq(table.id, id), withdrawn));
  return row;
}

/** Holds the goal's row until the transaction ends, so its copy of the latest stays true. */
export async function lockGoal(tx: Executor, goalId: string) {
  await tx.execute(sql`select id from ${goal} where ${goal.id} = ${goalId} for update`);
}

/** Copies the latest measurement not withdrawn onto the goal (or clears it). */
export async function refreshLatest(tx: Executor, goalId: string) {
  const [latest] = await tx
    .select({ value: goalMeasurement.value, on: goalMeasurement.measuredOn })
    .from(goalMeasurement)
    .where(and(eq(goalMeasurement.goalId, goalId), isNull(goalMeasurement.withdrawnAt)))
    .orderBy(
      desc(goalMeasurement.measuredOn),
      desc(goalMeasurement.createdAt),
      desc(goalMeasurement.id),
    )
    .limit(1);
  await tx
    .update(goal)
    .set({ latestValue: latest?.value ?? null, latestOn: latest?.on ?? null })
    .where(eq(goal.id, goalId));
}
