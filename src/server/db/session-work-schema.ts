import { sql } from "drizzle-orm";
import {
  check,
  date,
  foreignKey,
  index,
  type PgColumn,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, engagement, practice, user } from "./core-schema";
// Read only inside the tables' callbacks, once every table is defined (schema.ts exports this file).
import { coachingSession, goal } from "./schema";

// Stage 3, what a session leaves behind: the themes it and its reflection are tagged with (from
// the practice's list, which coach and client extend), and the commitments made in it, each an
// action item with an owner and a due date. Both name their engagement and refer to their
// session through (engagement_id, session_id), so a row can never belong to one engagement while
// its session belongs to another; the timeline and patterns read them by engagement.

/** A theme of the practice's list; the defaults (created_by null) are written on first read. */
export const practiceTheme = pgTable(
  "practice_theme",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    /** Who added it; null for Keel's defaults. */
    createdBy: uuid("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("practice_theme_label_key").on(t.practiceId, sql`lower(${t.label})`)],
);

/** What a theme is attached to: the session itself, or the client's reflection on it. */
export const themeTarget = pgEnum("session_theme_target", ["session", "reflection"]);

export const sessionTheme = pgTable(
  "session_theme",
  {
    engagementId: uuid("engagement_id").notNull(),
    sessionId: uuid("session_id").notNull(),
    target: themeTarget("target").notNull(),
    themeId: uuid("theme_id")
      .notNull()
      .references(() => practiceTheme.id, { onDelete: "cascade" }),
    taggedBy: uuid("tagged_by")
      .notNull()
      .references(() => user.id),
    taggedAt: timestamp("tagged_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.target, t.themeId] }),
    index("session_theme_engagement_idx").on(t.engagementId, t.themeId),
    sessionOf(t, "session_theme_session_fk"),
  ],
);

/** Where a commitment stands: open until its owner (or the coach) marks how it went. */
export const commitmentStatus = pgEnum("commitment_status", [
  "open",
  "done",
  "partly_done",
  "not_done",
]);

/**
 * A commitment: an action item with its owner (coach or client) and due date, made in a session
 * or added on the engagement at any time, perhaps towards one of the engagement's goals. Marked
 * done, partly done or not done with an optional note; either party may reopen it.
 */
export const sessionCommitment = pgTable(
  "session_commitment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    /** The session it was made in; null for one added on the engagement. */
    sessionId: uuid("session_id"),
    goalId: uuid("goal_id"),
    /** Shared by the occurrences of a repeating commitment, each kept and marked on its own. */
    seriesId: uuid("series_id"),
    text: text("text").notNull(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => user.id),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    status: commitmentStatus("status").notNull().default("open"),
    note: text("note"),
    markedAt: timestamp("marked_at", { withTimezone: true }),
    markedBy: uuid("marked_by").references(() => user.id),
    /** When its owner was reminded the day before it is due: claimed once, whatever runs. */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => user.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("session_commitment_engagement_idx").on(t.engagementId, t.dueOn),
    index("session_commitment_session_idx").on(t.sessionId, t.createdAt),
    sessionOf(t, "session_commitment_session_fk"),
    foreignKey({
      name: "session_commitment_goal_fk",
      columns: [t.engagementId, t.goalId],
      foreignColumns: [goal.engagementId, goal.id],
    }),
    check("session_commitment_marked", sql`(${t.status} = 'open') = (${t.markedAt} is null)`),
  ],
);

/** A short thread under a commitment: the coach and the client comment on it. */
export const commitmentComment = pgTable(
  "commitment_comment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => sessionCommitment.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => user.id),
    text: text("text").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("commitment_comment_commitment_idx").on(t.commitmentId, t.createdAt)],
);

/** The session's key as what is written for it refers to it. */
function sessionOf(t: { engagementId: PgColumn; sessionId: PgColumn }, name: string) {
  return foreignKey({
    name,
    columns: [t.engagementId, t.sessionId],
    foreignColumns: [coachingSession.engagementId, coachingSession.id],
  }).onDelete("cascade");
}
