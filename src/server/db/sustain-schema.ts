import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { SustainItem } from "../../domain/sustain/plan";
import { createdAt, engagement, updatedAt, user } from "./core-schema";

// Stage 5, the sustain plan (docs/decisions/023): the habits, mindsets and skills the client keeps
// up after the coaching, the self check-ins mailed 30, 60 and 90 days after the end (then
// quarterly if the client wishes) with their private links (the hash alone kept), and the nudges
// a slip sent.

/** One plan per engagement: its items whole (each with cue, check and if-then plans) and the client's choices. */
export const sustainPlan = pgTable("sustain_plan", {
  engagementId: uuid("engagement_id")
    .primaryKey()
    .references(() => engagement.id, { onDelete: "cascade" }),
  items: jsonb("items").$type<SustainItem[]>().notNull().default([]),
  /** Check-ins every quarter after the 90 days' one. */
  quarterly: boolean("quarterly").notNull().default(false),
  /** Whether a slip is told to the coach too. */
  tellCoach: boolean("tell_coach").notNull().default(false),
  updatedBy: uuid("updated_by")
    .notNull()
    .references(() => user.id),
  updatedAt: updatedAt(),
});

export const sustainCheckInOutcome = pgEnum("sustain_check_in_outcome", ["mailed", "skipped"]);

/**
 * A self check-in that fell due, one row per engagement and day: inserting it claims the mail (the
 * key refuses a second process). "skipped" records one whose day passed too long ago (Keel was
 * down) or whose mail the client turned off; a mailed one keeps its link's hash and, once
 * answered, the ratings by item id, how it went and a note.
 */
export const sustainCheckIn = pgTable(
  "sustain_check_in",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    due: date("due", { mode: "string" }).notNull(),
    outcome: sustainCheckInOutcome("outcome").notNull(),
    tokenHash: text("token_hash").unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    ratings: jsonb("ratings").$type<Record<string, number>>(),
    howItWent: text("how_it_went"),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("sustain_check_in_engagement_due_key").on(t.engagementId, t.due),
    check(
      "sustain_check_in_answered_mailed",
      sql`${t.answeredAt} is null or ${t.outcome} = 'mailed'`,
    ),
  ],
);

/**
 * A slip's nudge, claimed once per engagement and the day of the slip's last check-in: the client
 * was mailed their if-then plans, and the coach too if the client allowed it (`coach_told`).
 */
export const sustainNudge = pgTable(
  "sustain_nudge",
  {
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    due: date("due", { mode: "string" }).notNull(),
    itemIds: jsonb("item_ids").$type<string[]>().notNull(),
    coachTold: boolean("coach_told").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.engagementId, t.due] })],
);
