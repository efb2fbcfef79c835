import { sql } from "drizzle-orm";
import {
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  type PgColumn,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { ActionPlan } from "../../domain/goals/action-plan";
import type { GoalDraft } from "../../domain/goals/goal-draft";
import { createdAt, engagement, practice, updatedAt, user } from "./core-schema";
import { feedbackCampaign } from "./feedback-schema";
// Read only inside the tables' callbacks, once every table is defined (schema.ts exports this file).
import { checkIn, coachingSession, developmentEntry } from "./schema";

// Stage 2: goals, their measurements and milestones, and their action plans. Every row names its
// engagement, and each child refers to its goal through (engagement_id, goal_id), so a row can
// never belong to one engagement while its goal belongs to another.

export const goalDirection = pgEnum("goal_direction", ["higher", "lower"]);
export const goalState = pgEnum("goal_state", ["open", "achieved", "dropped", "replaced"]);
export const measurementSource = pgEnum("goal_measurement_source", ["manual", "check_in"]);
export const planSource = pgEnum("action_plan_source", [
  "edit",
  "resolution",
  "template",
  "session",
]);

/** Guidance someone set aside, with why: kept with the goal. */
export interface StoredOverride {
  code: string;
  reason: string;
  by: string;
  at: string;
}

export const goal = pgTable(
  "goal",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    statement: text("statement").notNull(),
    measureWhat: text("measure_what"),
    measureUnit: text("measure_unit"),
    direction: goalDirection("direction"),
    baseline: doublePrecision("baseline"),
    target: doublePrecision("target"),
    realisticPerWeek: doublePrecision("realistic_per_week"),
    startDate: date("start_date", { mode: "string" }).notNull(),
    dueDate: date("due_date", { mode: "string" }),
    whyItMatters: text("why_it_matters").notNull().default(""),
    state: goalState("state").notNull().default("open"),
    closedOn: date("closed_on", { mode: "string" }),
    closedReason: text("closed_reason"),
    replacedBy: uuid("replaced_by"),
    overrides: jsonb("overrides").$type<StoredOverride[]>().notNull().default([]),
    /** A copy of the latest measurement not withdrawn, written with it: status = row + today. */
    latestValue: doublePrecision("latest_value"),
    latestOn: date("latest_on", { mode: "string" }),
    /** The current plan version; 0 while the goal has no plan. */
    planVersion: integer("plan_version").notNull().default(0),
    /** The optimistic lock of the goal's own fields: each save adds one. */
    revision: integer("revision").notNull().default(1),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => user.id),
    updatedBy: uuid("updated_by")
      .notNull()
      .references(() => user.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("goal_engagement_idx").on(t.engagementId, t.position),
    uniqueIndex("goal_engagement_id_key").on(t.engagementId, t.id),
    foreignKey({
      name: "goal_replaced_by_fk",
      columns: [t.engagementId, t.replacedBy],
      foreignColumns: [t.engagementId, t.id],
    }),
    check(
      "goal_numbers_need_a_measure",
      sql`(${t.target} is null and ${t.baseline} is null) or ${t.measureWhat} is not null`,
    ),
    check(
      "goal_target_differs",
      sql`${t.baseline} is null or ${t.target} is null or ${t.baseline} <> ${t.target}`,
    ),
    check("goal_dates_in_order", sql`${t.dueDate} is null or ${t.dueDate} > ${t.startDate}`),
    check("goal_dropped_has_reason", sql`${t.state} <> 'dropped' or ${t.closedReason} is not null`),
    check("goal_closed_on", sql`(${t.state} = 'open') = (${t.closedOn} is null)`),
  ],
);

/** The goal's key as its children refer to it. */
const goalOf = (t: { engagementId: PgColumn; goalId: PgColumn }, name: string) =>
  foreignKey({
    name,
    columns: [t.engagementId, t.goalId],
    foreignColumns: [goal.engagementId, goal.id],
  }).onDelete("cascade");

/** Every saved state of a goal's own fields: who changed it, when and why. */
export const goalRevision = pgTable(
  "goal_revision",
  {
    goalId: uuid("goal_id").notNull(),
    revision: integer("revision").notNull(),
    engagementId: uuid("engagement_id").notNull(),
    snapshot: jsonb("snapshot").$type<GoalRevisionSnapshot>().notNull(),
    changedBy: uuid("changed_by")
      .notNull()
      .references(() => user.id),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    reason: text("reason"),
  },
  (t) => [
    primaryKey({ columns: [t.goalId, t.revision] }),
    index("goal_revision_engagement_idx").on(t.engagementId),
    goalOf(t, "goal_revision_goal_fk"),
  ],
);

export type GoalRevisionSnapshot = GoalDraft & {
  state: string;
  closedOn: string | null;
  closedReason: string | null;
  replacedBy: string | null;
  overrides: StoredOverride[];
};

/** A goal's link to an entry of the same engagement's development profile. */
export const goalDevelopmentLink = pgTable(
  "goal_development_link",
  {
    engagementId: uuid("engagement_id").notNull(),
    goalId: uuid("goal_id").notNull(),
    entryId: uuid("entry_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.goalId, t.entryId] }),
    index("goal_development_link_engagement_idx").on(t.engagementId),
    index("goal_development_link_entry_idx").on(t.engagementId, t.entryId),
    goalOf(t, "goal_development_link_goal_fk"),
    foreignKey({
      name: "goal_development_link_entry_fk",
      columns: [t.engagementId, t.entryId],
      foreignColumns: [developmentEntry.engagementId, developmentEntry.id],
    }).onDelete("cascade"),
  ],
);

/**
 * A goal's link to a competency, or one behaviour, of a 360 campaign's model: the campaign pins
 * the copy of the model the ids belong to, so pulses and the repeat 360 measure exactly these.
 */
export const goalBehaviourLink = pgTable(
  "goal_behaviour_link",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id").notNull(),
    goalId: uuid("goal_id").notNull(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => feedbackCampaign.id, { onDelete: "cascade" }),
    competencyId: text("competency_id").notNull(),
    itemId: text("item_id"),
    position: integer("position").notNull(),
  },
  (t) => [
    index("goal_behaviour_link_engagement_idx").on(t.engagementId),
    index("goal_behaviour_link_campaign_idx").on(t.campaignId),
    uniqueIndex("goal_behaviour_link_unique").on(
      t.goalId,
      t.competencyId,
      sql`coalesce(${t.itemId}, '')`,
    ),
    goalOf(t, "goal_behaviour_link_goal_fk"),
  ],
);

export const goalMilestone = pgTable(
  "goal_milestone",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id").notNull(),
    goalId: uuid("goal_id").notNull(),
    title: text("title").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    doneAt: timestamp("done_at", { withTimezone: true }),
    doneBy: uuid("done_by").references(() => user.id),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => user.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("goal_milestone_goal_idx").on(t.goalId, t.dueOn),
    index("goal_milestone_engagement_idx").on(t.engagementId, t.dueOn),
    goalOf(t, "goal_milestone_goal_fk"),
  ],
);

/** Append-only: a correction withdraws a measurement and adds another; nothing is overwritten. */
export const goalMeasurement = pgTable(
  "goal_measurement",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id").notNull(),
    goalId: uuid("goal_id").notNull(),
    value: doublePrecision("value").notNull(),
    measuredOn: date("measured_on", { mode: "string" }).notNull(),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => user.id),
    source: measurementSource("source").notNull().default("manual"),
    /** The check-in that recorded it, of the same engagement. */
    checkInId: uuid("check_in_id"),
    note: text("note"),
    createdAt: createdAt(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawnBy: uuid("withdrawn_by").references(() => user.id),
  },
  (t) => [
    index("goal_measurement_goal_idx").on(t.goalId, t.measuredOn, t.createdAt),
    index("goal_measurement_engagement_idx")
      .on(t.engagementId, t.goalId, t.measuredOn, t.createdAt)
      .where(sql`${t.withdrawnAt} is null`),
    goalOf(t, "goal_measurement_goal_fk"),
    foreignKey({
      name: "goal_measurement_check_in_fk",
      columns: [t.engagementId, t.checkInId],
      foreignColumns: [checkIn.engagementId, checkIn.id],
    }).onDelete("cascade"),
  ],
);

/** Every saved change of a goal's plan, whole: any two versions compare without replaying. */
export const actionPlanVersion = pgTable(
  "action_plan_version",
  {
    goalId: uuid("goal_id").notNull(),
    version: integer("version").notNull(),
    engagementId: uuid("engagement_id").notNull(),
    plan: jsonb("plan").$type<ActionPlan>().notNull(),
    /** The version the editor started from. */
    basedOn: integer("based_on"),
    source: planSource("source").notNull().default("edit"),
    templateId: text("template_id"),
    templateVersion: integer("template_version"),
    /** The session that decided it: one of the same engagement's. */
    sessionId: uuid("session_id"),
    changedBy: uuid("changed_by")
      .notNull()
      .references(() => user.id),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    reason: text("reason"),
  },
  (t) => [
    primaryKey({ columns: [t.goalId, t.version] }),
    index("action_plan_version_engagement_idx").on(t.engagementId, t.goalId, t.version),
    index("action_plan_version_session_idx").on(t.sessionId).where(sql`${t.sessionId} is not null`),
    goalOf(t, "action_plan_version_goal_fk"),
    foreignKey({
      name: "action_plan_version_session_fk",
      columns: [t.engagementId, t.sessionId],
      foreignColumns: [coachingSession.engagementId, coachingSession.id],
    }),
  ],
);

/**
 * A coach's own plan template: a plan saved to start other clients' plans from. Keel's own are
 * content files (content/plan-templates). Starting a plan copies the template with fresh item
 * ids, so editing or deleting a template never changes a plan.
 */
export const planTemplate = pgTable(
  "plan_template",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    plan: jsonb("plan").$type<ActionPlan>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("plan_template_owner_idx").on(t.ownerId, t.updatedAt)],
);

/** What the client or coach says about a goal, for the other to read. */
export const goalComment = pgTable(
  "goal_comment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id").notNull(),
    goalId: uuid("goal_id").notNull(),
    authorId: uuid("author_id")
      .notNull()
      .references(() => user.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("goal_comment_goal_idx").on(t.goalId, t.createdAt),
    index("goal_comment_engagement_idx").on(t.engagementId),
    goalOf(t, "goal_comment_goal_fk"),
  ],
);
