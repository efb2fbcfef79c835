import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { ShareKind } from "../../domain/review/report-sharing";
import { engagement, updatedAt, user } from "./core-schema";

// The final report's sharing (docs/decisions/026): the client's summary and their choice of what
// the sponsor sees, one row per engagement, and every read by the sponsor of a shared item.

export const reportSharing = pgTable("report_sharing", {
  engagementId: uuid("engagement_id")
    .primaryKey()
    .references(() => engagement.id, { onDelete: "cascade" }),
  summary: text("summary").notNull().default(""),
  shareSummary: boolean("share_summary").notNull().default(false),
  /** Goals whose statement and status the sponsor sees. */
  goalStatus: jsonb("goal_status").$type<string[]>().notNull().default([]),
  /** Goals whose outcome the sponsor sees (each also in goal_status). */
  goalOutcome: jsonb("goal_outcome").$type<string[]>().notNull().default([]),
  updatedBy: uuid("updated_by")
    .notNull()
    .references(() => user.id),
  updatedAt: updatedAt(),
});

export const sponsorRead = pgTable(
  "sponsor_read",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    sponsorId: uuid("sponsor_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** What the read was shown: the kinds of shared item. */
    kinds: jsonb("kinds").$type<ShareKind[]>().notNull(),
    readAt: timestamp("read_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sponsor_read_engagement_idx").on(t.engagementId, t.readAt)],
);
