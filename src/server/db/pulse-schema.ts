import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { PulseRating } from "../../domain/pulses/answers";
import type { PulseQuestion } from "../../domain/pulses/questions";
import { createdAt, engagement, user } from "./core-schema";

// Stage 4, stakeholder pulses (docs/decisions/021): every N weeks a few questions on the
// client's goal behaviours go to the stakeholders the client chose. Anonymity is built as for
// the 360 (decision 009): a stakeholder's answer is sealed on their row of the round until the
// round closes; closing writes every answer, shuffled and dated to the closing day, as rows that
// do not refer to the stakeholder, and each feedforward apart from the ratings.

/** The coach's settings of an engagement's pulses; rounds are due every N weeks from the anchor. */
export const pulseSettings = pgTable(
  "pulse_settings",
  {
    engagementId: uuid("engagement_id")
      .primaryKey()
      .references(() => engagement.id, { onDelete: "cascade" }),
    enabled: boolean("enabled").notNull().default(false),
    everyWeeks: integer("every_weeks").notNull().default(4),
    questions: jsonb("questions").$type<PulseQuestion[]>().notNull(),
    /** Rounds are due at anchor + N weeks, + 2N, ...; set when enabled, changed or sent by hand. */
    anchor: timestamp("anchor", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by")
      .notNull()
      .references(() => user.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("pulse_settings_every_weeks", sql`${t.everyWeeks} between 1 and 12`)],
);

/** A stakeholder the client (or the coach) chose; the other party approves before any link. */
export const pulseStakeholder = pgTable(
  "pulse_stakeholder",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    /** The address reduced to its mailbox (domain/feedback/mailbox.ts): one per engagement. */
    mailbox: text("mailbox").notNull(),
    relationship: text("relationship").notNull().default(""),
    addedBy: uuid("added_by")
      .notNull()
      .references(() => user.id),
    approvedBy: uuid("approved_by").references(() => user.id),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    removedAt: timestamp("removed_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("pulse_stakeholder_engagement_idx").on(t.engagementId, t.createdAt),
    uniqueIndex("pulse_stakeholder_mailbox_unique")
      .on(t.engagementId, t.mailbox)
      .where(sql`${t.removedAt} is null`),
  ],
);

export const pulseRoundStatus = pgEnum("pulse_round_status", ["open", "closed", "skipped"]);

/**
 * A round of an engagement, one per due moment: the key (engagement, due_at) refuses a second
 * process's claim; "skipped" records a moment that passed while Keel was down, or that found
 * fewer than k approved stakeholders. The questions are the round's own copy.
 */
export const pulseRound = pgTable(
  "pulse_round",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    status: pulseRoundStatus("status").notNull(),
    /** Why a round was skipped, in words the coach reads. */
    skippedBecause: text("skipped_because"),
    questions: jsonb("questions").$type<PulseQuestion[]>().notNull().default([]),
    threshold: integer("threshold").notNull().default(3),
    openedOn: date("opened_on", { mode: "string" }),
    closesAt: timestamp("closes_at", { withTimezone: true }),
    closedOn: date("closed_on", { mode: "string" }),
    invited: integer("invited").notNull().default(0),
    /** Set when the reminder to those who had not sent their answers went out (once a round). */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    /** Sent answers closing could not read or store: left out, counted. */
    answersLeftOut: integer("answers_left_out").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("pulse_round_due_key").on(t.engagementId, t.dueAt),
    // One open round at a time: a round sent by hand while one collects is refused.
    uniqueIndex("pulse_round_one_open").on(t.engagementId).where(sql`${t.status} = 'open'`),
    index("pulse_round_closing_idx").on(t.status, t.closesAt),
  ],
);

/**
 * A stakeholder's place in a round: the link (only its hash) and, sealed, their answer until the
 * round closes. No updated_at and no time of answering, on purpose.
 */
export const pulseInvitee = pgTable(
  "pulse_invitee",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundId: uuid("round_id")
      .notNull()
      .references(() => pulseRound.id, { onDelete: "cascade" }),
    stakeholderId: uuid("stakeholder_id")
      .notNull()
      .references(() => pulseStakeholder.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    sealedAnswers: text("sealed_answers"),
    completed: boolean("completed").notNull().default(false),
  },
  (t) => [uniqueIndex("pulse_invitee_round_stakeholder").on(t.roundId, t.stakeholderId)],
);

/** One stakeholder's ratings of a closed round: the round and its closing day, nothing else. */
export const pulseResponse = pgTable(
  "pulse_response",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundId: uuid("round_id")
      .notNull()
      .references(() => pulseRound.id, { onDelete: "cascade" }),
    ratings: jsonb("ratings").$type<Record<string, PulseRating | null>>().notNull(),
    submittedOn: date("submitted_on", { mode: "string" }).notNull(),
  },
  (t) => [index("pulse_response_round_idx").on(t.roundId)],
);

/** One feedforward of a closed round, apart from the ratings of the same stakeholder. */
export const pulseFeedforward = pgTable(
  "pulse_feedforward",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundId: uuid("round_id")
      .notNull()
      .references(() => pulseRound.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
  },
  (t) => [index("pulse_feedforward_round_idx").on(t.roundId)],
);
