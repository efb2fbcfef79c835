import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias, type PgColumn } from "drizzle-orm/pg-core";
import type { Database, Executor } from "../db/database";
import { preparedStatement, preparedStatements } from "../db/prepared-statements";
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
// goal, so the page costs the same few queries whatever the number of goals. They run on every
// visit, so they are prepared once per database (docs/performance.md).

/** Which goals: an engagement's, or one. */
export type GoalScope = { engagementId: string } | { goalId: string };
type ScopeKind = "engagementId" | "goalId";

const key = sql.placeholder("key");

const scoped = (kind: ScopeKind, columns: { engagementId: PgColumn; goalId: PgColumn }) =>
  eq(columns[kind], key);

const replacing = alias(goal, "replacing");
const recorder = alias(user, "recorder");

function selectGoals(db: Database, kind: ScopeKind) {
  return db
    .select({ goal, replacedByStatement: replacing.statement })
    .from(goal)
    .leftJoin(replacing, eq(replacing.id, goal.replacedBy))
    .where(scoped(kind, { engagementId: goal.engagementId, goalId: goal.id }))
    .orderBy(asc(goal.position), asc(goal.createdAt));
}

/** Measurements not withdrawn, in the order they count: by day, then as recorded. */
function selectMeasurements(db: Database, kind: ScopeKind) {
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
        scoped(kind, {
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

function selectMilestones(db: Database, kind: ScopeKind) {
  return db
    .select()
    .from(goalMilestone)
    .where(scoped(kind, { engagementId: goalMilestone.engagementId, goalId: goalMilestone.goalId }))
    .orderBy(asc(goalMilestone.dueOn), asc(goalMilestone.createdAt), asc(goalMilestone.id));
}

/** Both kinds of link in one statement: development entries and 360 behaviours. */
function selectLinks(db: Database, kind: ScopeKind) {
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
      scoped(kind, {
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
      scoped(kind, {
        engagementId: goalBehaviourLink.engagementId,
        goalId: goalBehaviourLink.goalId,
      }),
    );
  return entries.unionAll(behaviours).orderBy(sql`1, 2, 5, 3`);
}

function prepareGoalReads(db: Database, kind: ScopeKind) {
  const name = (what: string) => `keel_goal_${what}_by_${kind}`;
  return {
    goals: selectGoals(db, kind).prepare(name("rows")),
    measurements: selectMeasurements(db, kind).prepare(name("measurements")),
    milestones: selectMilestones(db, kind).prepare(name("milestones")),
    links: selectLinks(db, kind).prepare(name("links")),
  };
}

const goalReads = preparedStatements<ReturnType<typeof prepareGoalReads>>();

/** The goals of a scope with their measurements, milestones and links: four statements. */
export async function selectGoalParts(db: Database, scope: GoalScope) {
  const kind: ScopeKind = "goalId" in scope ? "goalId" : "engagementId";
  const value = "goalId" in scope ? scope.goalId : scope.engagementId;
  const reads = goalReads(db, kind, () => prepareGoalReads(db, kind));
  const [rows, measurements, milestones, links] = await Promise.all([
    reads.goals.execute({ key: value }),
    reads.measurements.execute({ key: value }),
    reads.milestones.execute({ key: value }),
    reads.links.execute({ key: value }),
  ]);
  return { rows, measurements, milestones, links };
}
type GoalParts = Awaited<ReturnType<typeof selectGoalParts>>;
export type GoalRow = GoalParts["rows"][number];
export type MeasurementRow = GoalParts["measurements"][number];
export type MilestoneRow = GoalParts["milestones"][number];
export type LinkRow = GoalParts["links"][number];

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

function prepareGoalContext(db: Database) {
  return db
    .select({
      plannedEndDate: engagement.plannedEndDate,
      behavioursAvailable: sql<boolean>`exists (select 1 from ${feedbackCampaign} where ${feedbackCampaign.engagementId} = ${engagement.id})`,
    })
    .from(engagement)
    .where(eq(engagement.id, sql.placeholder("engagementId")))
    .prepare("keel_goal_context");
}

const goalContext = preparedStatement(prepareGoalContext);

/** What the SMART checks read of the engagement: its planned end, and whether it has a 360. */
export async function selectGoalContext(db: Database, engagementId: string) {
  const [row] = await goalContext(db).execute({ engagementId });
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
