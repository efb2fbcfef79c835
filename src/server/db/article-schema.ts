import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ARTICLE_STATUSES, REPLY_STATUSES } from "../../domain/articles/articles";
import { createdAt, practice, updatedAt, user } from "./core-schema";

// The practice's articles (issue 19): series of Markdown articles published now or at a time,
// their subscribers mailed once (notified_at is the claim), and readers' replies, held for
// moderation and shown as text.

export const articleSeries = pgTable(
  "article_series",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("article_series_practice_slug_key").on(t.practiceId, t.slug)],
);

export const articleStatus = pgEnum("article_status", ARTICLE_STATUSES);

export const article = pgTable(
  "article",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => user.id, { onDelete: "set null" }),
    seriesId: uuid("series_id").references(() => articleSeries.id, { onDelete: "set null" }),
    seriesPosition: integer("series_position"),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    /** Markdown, rendered with raw HTML off and safe links. */
    body: text("body").notNull().default(""),
    status: articleStatus("status").notNull().default("draft"),
    /** When a scheduled article goes live. */
    publishAt: timestamp("publish_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** The announcement of the next article in its series. */
    nextTitle: text("next_title"),
    nextPlannedOn: date("next_planned_on", { mode: "string" }),
    /** When its subscribers were mailed: set once, by the job run that claims it. */
    notifiedAt: timestamp("notified_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("article_practice_slug_key").on(t.practiceId, t.slug),
    index("article_practice_published_idx").on(t.practiceId, t.status, t.publishedAt),
    index("article_due_idx").on(t.publishAt).where(sql`${t.status} = 'scheduled'`),
    index("article_unnotified_idx")
      .on(t.publishedAt)
      .where(sql`${t.status} = 'published' and ${t.notifiedAt} is null`),
    index("article_series_idx").on(t.seriesId, t.seriesPosition),
    check(
      "article_scheduled_has_time",
      sql`${t.status} <> 'scheduled' or ${t.publishAt} is not null`,
    ),
    check(
      "article_published_has_time",
      sql`${t.status} <> 'published' or ${t.publishedAt} is not null`,
    ),
  ],
);

export const replyStatus = pgEnum("article_reply_status", REPLY_STATUSES);

/** A reader's reply under an article: plain text, held until a moderator approves it. */
export const articleReply = pgTable(
  "article_reply",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => article.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Lower-cased. */
    email: text("email").notNull(),
    body: text("body").notNull(),
    status: replyStatus("status").notNull().default("held"),
    pinned: boolean("pinned").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("article_reply_article_idx").on(t.articleId, t.status, t.createdAt),
    index("article_reply_email_idx").on(t.email),
  ],
);

/** An address whose replies the practice hides: its past ones at once, its future ones stored hidden. */
export const replyBlock = pgTable(
  "reply_block",
  {
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    /** Lower-cased. */
    email: text("email").notNull(),
    blockedBy: uuid("blocked_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.email] })],
);
