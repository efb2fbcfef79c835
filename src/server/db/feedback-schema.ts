import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  json,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { ReportForProposals } from "../../domain/development/feedback-proposals";
import { CAMPAIGN_STATUSES } from "../../domain/feedback/campaign-status";
import type { CompetencyModel, FeedbackAnswers } from "../../domain/feedback/competency-model";
import { type GroupLimits, RATER_GROUPS } from "../../domain/feedback/rater-groups";
import type { FeedbackReport } from "../../domain/feedback/report-types";
import { createdAt, engagement, practice, user } from "./core-schema";

// 360-degree feedback. Anonymity is built into the tables: a rater's submitted ratings and
// comments are rows with no reference to the rater or the invitation, and no time finer than
// the day; the rater's row only records that they completed (docs/decisions/009).

export const raterGroup = pgEnum("rater_group", RATER_GROUPS);
export const campaignStatus = pgEnum("feedback_campaign_status", CAMPAIGN_STATUSES);
export const modelSource = pgEnum("competency_model_source", ["built-in", "own"]);

/** A coach's own competency model: a copy of Keel's, edited. Each saved edit is a new version. */
export const competencyModel = pgTable(
  "competency_model",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** The built-in model or own model it was copied from, if any. */
    basedOn: text("based_on"),
    version: integer("version").notNull().default(1),
    model: jsonb("model").$type<CompetencyModel>().notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index("competency_model_owner_idx").on(t.ownerId, t.updatedAt)],
);

export const feedbackCampaign = pgTable(
  "feedback_campaign",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => user.id),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => user.id),
    /** The baseline campaign this one repeats to measure change (docs/decisions/025). */
    repeatOf: uuid("repeat_of").references((): AnyPgColumn => feedbackCampaign.id, {
      onDelete: "set null",
    }),
    status: campaignStatus("status").notNull().default("draft"),
    /** Where the model came from; the copy in `model` is what raters answer and reports read. */
    modelSource: modelSource("model_source").notNull(),
    modelId: text("model_id").notNull(),
    modelVersion: integer("model_version").notNull(),
    model: jsonb("model").$type<CompetencyModel>().notNull(),
    /** Lists show the model's name; reading it from `model` would unpack the whole model per row. */
    modelName: text("model_name").notNull().generatedAlwaysAs(sql`model->>'name'`),
    /** k for this campaign: never below the practice's. */
    threshold: integer("threshold").notNull(),
    /** Raters are told at invitation that the manager's answers are shown on their own. */
    managerIdentified: boolean("manager_identified").notNull().default(false),
    groupLimits: jsonb("group_limits").$type<GroupLimits>().notNull(),
    /** The last day raters can answer, in the coach's time zone; it closes at that day's end. */
    deadline: date("deadline", { mode: "string" }).notNull(),
    timeZone: text("time_zone").notNull(),
    closesAt: timestamp("closes_at", { withTimezone: true }).notNull(),
    selfRatings: jsonb("self_ratings").$type<FeedbackAnswers["ratings"]>().notNull().default({}),
    selfSubmittedAt: timestamp("self_submitted_at", { withTimezone: true }),
    invitedAt: timestamp("invited_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    releasedAt: timestamp("released_at", { withTimezone: true }),
    /** Sent answers closing could not read or store (feedback/closing.ts): left out, counted. */
    answersLeftOut: integer("answers_left_out").notNull().default(0),
    /**
     * Frozen at release: a released report never changes. Kept as the JSON text it was written
     * as (json, not jsonb), which the report route sends on unchanged.
     */
    report: json("report").$type<FeedbackReport>(),
    /** The parts of the report the development profile reads, apart: the report is mostly items. */
    reportForProposals: jsonb("report_for_proposals").$type<ReportForProposals>(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("feedback_campaign_engagement_idx").on(t.engagementId, t.createdAt),
    index("feedback_campaign_practice_idx").on(t.practiceId, t.createdAt, t.id),
  ],
);

/**
 * A nominated rater and, once approved, their private link (only its hash). Their answers stay
 * here sealed, readable only with Keel's secret, until the campaign closes; then all raters'
 * answers move to feedback_response and feedback_comment in one transaction, shuffled, so no
 * row, time or transaction id ties an answer to a rater. No updated_at, on purpose.
 */
export const feedbackRater = pgTable(
  "feedback_rater",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => feedbackCampaign.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    /** The address reduced to the mailbox it reaches (domain/feedback/mailbox.ts): one per list. */
    mailbox: text("mailbox").notNull(),
    group: raterGroup("group").notNull(),
    nominatedBy: uuid("nominated_by")
      .notNull()
      .references(() => user.id),
    /**
     * Added after answers began to come in: such a rater gets no link (token_hash stays null)
     * until the other party approves; approved_by says who did.
     */
    addedLate: boolean("added_late").notNull().default(false),
    approvedBy: uuid("approved_by").references(() => user.id),
    tokenHash: text("token_hash").unique(),
    /**
     * The rater's answers, sealed (server/feedback/sealing.ts): the draft while they answer, then
     * what they sent, until closing moves every answer of the campaign out at once and clears it.
     */
    sealedAnswers: text("sealed_answers"),
    completed: boolean("completed").notNull().default(false),
    remindersSent: integer("reminders_sent").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    // A campaign's raters by group, and whether they answered (closing, reminders, the view).
    index("feedback_rater_campaign_idx").on(t.campaignId, t.group, t.completed),
    uniqueIndex("feedback_rater_mailbox_unique").on(t.campaignId, t.mailbox),
  ],
);

/**
 * How many raters of each group a campaign has and how many of them answered, in RATER_GROUPS
 * order (nominated, answered; nominated, answered; ...). Triggers on feedback_campaign and
 * feedback_rater keep it (drizzle/0009): lists read one row instead of counting raters.
 */
export const feedbackRaterCounts = pgTable("feedback_rater_counts", {
  campaignId: uuid("campaign_id")
    .primaryKey()
    .references(() => feedbackCampaign.id, { onDelete: "cascade" }),
  counts: integer("counts").array().notNull(),
});

/** One rater's ratings: the group and the day, nothing that leads back to the rater. */
export const feedbackResponse = pgTable(
  "feedback_response",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => feedbackCampaign.id, { onDelete: "cascade" }),
    group: raterGroup("group").notNull(),
    ratings: jsonb("ratings").$type<FeedbackAnswers["ratings"]>().notNull(),
    submittedOn: date("submitted_on", { mode: "string" }).notNull(),
  },
  (t) => [index("feedback_response_campaign_idx").on(t.campaignId)],
);

/** One answer to an open question, apart from the ratings of the same rater. */
export const feedbackComment = pgTable(
  "feedback_comment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => feedbackCampaign.id, { onDelete: "cascade" }),
    group: raterGroup("group").notNull(),
    questionId: text("question_id").notNull(),
    text: text("text").notNull(),
    /** Words or phrases the coach blacked out before release. */
    redactions: jsonb("redactions").$type<string[]>().notNull().default([]),
  },
  (t) => [index("feedback_comment_campaign_idx").on(t.campaignId, t.id)],
);
