import { date, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import type { ThresholdSettings } from "../../domain/accountability/thresholds";
import { engagement, practice, updatedAt, user } from "./core-schema";

// Stage 4, early warnings and celebrations: the thresholds a practice and an engagement set over
// Keel's defaults (only what each sets: thresholdsWith layers them), and up to where each person
// has seen an engagement's celebrations, so that each shows once as news.

/** The practice's own thresholds, set by its admin. */
export const practiceEarlyWarning = pgTable("practice_early_warning", {
  practiceId: uuid("practice_id")
    .primaryKey()
    .references(() => practice.id, { onDelete: "cascade" }),
  settings: jsonb("settings").$type<ThresholdSettings>().notNull().default({}),
  updatedBy: uuid("updated_by")
    .notNull()
    .references(() => user.id),
  updatedAt: updatedAt(),
});

/** One engagement's thresholds over the practice's, set by its coach. */
export const engagementEarlyWarning = pgTable("engagement_early_warning", {
  engagementId: uuid("engagement_id")
    .primaryKey()
    .references(() => engagement.id, { onDelete: "cascade" }),
  settings: jsonb("settings").$type<ThresholdSettings>().notNull().default({}),
  updatedBy: uuid("updated_by")
    .notNull()
    .references(() => user.id),
  updatedAt: updatedAt(),
});

/** Up to which day a person has seen an engagement's celebrations, and which of that day's. */
export const celebrationSeen = pgTable(
  "celebration_seen",
  {
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    through: date("through", { mode: "string" }).notNull(),
    keysOnDay: text("keys_on_day").array().notNull().default([]),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.engagementId, t.userId] })],
);
