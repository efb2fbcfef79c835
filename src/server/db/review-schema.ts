import {
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { ReflectionAnswers } from "../../domain/review/reflection-questions";
import { engagement, updatedAt, user } from "./core-schema";

// Stage 5, reflection points (docs/decisions/022): at each one the coach and the client write
// their own answers; a draft is its author's alone, and a side's shared answers reach the other
// only once both have shared.

export const reflectionAuthorRole = pgEnum("reflection_author_role", ["coach", "client"]);

export const reflection = pgTable(
  "reflection",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    /** The reflection point: "quarter-1", ..., or "final". */
    pointKey: text("point_key").notNull(),
    authorRole: reflectionAuthorRole("author_role").notNull(),
    authorId: uuid("author_id")
      .notNull()
      .references(() => user.id),
    answers: jsonb("answers").$type<ReflectionAnswers>().notNull(),
    /** When its author shared it; it never changes after. */
    sharedAt: timestamp("shared_at", { withTimezone: true }),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("reflection_engagement_idx").on(t.engagementId),
    uniqueIndex("reflection_one_per_side").on(t.engagementId, t.pointKey, t.authorRole),
  ],
);
