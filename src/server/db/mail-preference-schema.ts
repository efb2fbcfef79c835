import { boolean, date, index, pgEnum, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { MAIL_TOPIC_IDS } from "../../domain/accounts/mail-topics";
import { createdAt, practice, updatedAt, user } from "./core-schema";

export const mailTopic = pgEnum("mail_topic", MAIL_TOPIC_IDS);

/** A person's own choice of a topic's mail; without a row, the topic's default holds. */
export const mailPreference = pgTable(
  "mail_preference",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    topic: mailTopic("topic").notNull(),
    enabled: boolean("enabled").notNull(),
    /** Kept for the weekly digest instead of sent each time (topics that may wait only). */
    digest: boolean("digest").notNull().default(false),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.topic] })],
);

/**
 * A topic's mail kept for its recipient's weekly digest, as it was rendered: the digest gathers
 * them, oldest first, and deletes them in the transaction that records it.
 */
export const mailDigestItem = pgTable(
  "mail_digest_item",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    practiceId: uuid("practice_id").references(() => practice.id, { onDelete: "cascade" }),
    topic: mailTopic("topic").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("mail_digest_item_user_idx").on(t.userId, t.createdAt)],
);

export const mailDigestOutcome = pgEnum("mail_digest_outcome", ["mailed", "skipped"]);

/**
 * A person's weekly digest of one week (its Monday in their zone): the key refuses a second
 * process's claim; a week missed while Keel was down is recorded as skipped.
 */
export const mailDigestWeek = pgTable(
  "mail_digest_week",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    week: date("week", { mode: "string" }).notNull(),
    outcome: mailDigestOutcome("outcome").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.week] })],
);
