import { bigint, pgTable, uuid } from "drizzle-orm/pg-core";

/**
 * A number per engagement that moves whenever one of its records that the coach's home or the
 * patterns view read changes: triggers on each of those tables (ENGAGEMENT_FACT_TABLES) move it
 * in the writing transaction (docs/decisions/033), so what was found from the records can be kept
 * while it stays. No key to the engagement: the triggers of its rows, deleted with it, still move
 * its number.
 */
export const engagementFactVersion = pgTable("engagement_fact_version", {
  engagementId: uuid("engagement_id").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull(),
});
