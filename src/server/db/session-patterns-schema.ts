import {
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./core-schema";
// Read only inside the table's callback, once every table is defined (schema.ts exports this file).
import { coachingSession } from "./schema";

// The key phrases of what was written on a session, found when the text is saved (never when a
// page is read): the patterns view counts them across the engagement's sessions.

export const phraseSource = pgEnum("note_phrase_source", [
  "shared",
  "feedback",
  "reflection",
  "private",
]);

/**
 * One phrase (lemmatised, lower case) of one source of one session, and how often it occurs
 * there. A "private" row belongs to `author_id` alone: only that person's view of the patterns
 * reads it. Saving a source deletes its rows and writes them again, in the save's transaction.
 */
export const notePhrase = pgTable(
  "note_phrase",
  {
    engagementId: uuid("engagement_id").notNull(),
    sessionId: uuid("session_id").notNull(),
    source: phraseSource("source").notNull(),
    authorId: uuid("author_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    phrase: text("phrase").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.source, t.authorId, t.phrase] }),
    index("note_phrase_engagement_idx").on(t.engagementId, t.phrase),
    foreignKey({
      name: "note_phrase_session_fk",
      columns: [t.engagementId, t.sessionId],
      foreignColumns: [coachingSession.engagementId, coachingSession.id],
    }).onDelete("cascade"),
  ],
);
