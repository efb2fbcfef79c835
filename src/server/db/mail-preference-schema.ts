import { boolean, pgEnum, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { MAIL_TOPIC_IDS } from "../../domain/accounts/mail-topics";
import { updatedAt, user } from "./core-schema";

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
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.topic] })],
);
