import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Cadence, Lesson } from "../../domain/courses/course-content";
import { createdAt, engagement, practice, updatedAt, user } from "./core-schema";
import { mail } from "./schema";

// Email courses and the practice's lists (issue 19). A course's published content is a frozen
// version, as questionnaires are (decision 007): a subscriber gets the lessons of the version
// they subscribed to, whatever is edited later.

export const courseStatus = pgEnum("course_status", ["draft", "published", "withdrawn"]);

/** A coach's own course, written in Keel; Keel's own courses are content files with no row here. */
export const course = pgTable(
  "course",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => user.id, { onDelete: "set null" }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    cadence: jsonb("cadence").$type<Cadence>().notNull(),
    /** The lessons as being written; publishing freezes them into a course_version. */
    lessons: jsonb("lessons").$type<Lesson[]>().notNull().default(sql`'[]'::jsonb`),
    status: courseStatus("status").notNull().default("draft"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("course_practice_slug_key").on(t.practiceId, t.slug)],
);

/**
 * A course's content as published, never changed: Keel's own (keel_course_id and the file's
 * version) or a coach's (course_id and its publication number).
 */
export const courseVersion = pgTable(
  "course_version",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    keelCourseId: text("keel_course_id"),
    courseId: uuid("course_id").references(() => course.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    cadence: jsonb("cadence").$type<Cadence>().notNull(),
    lessons: jsonb("lessons").$type<Lesson[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("course_version_keel_key").on(t.keelCourseId, t.version),
    uniqueIndex("course_version_course_key").on(t.courseId, t.version),
    check("course_version_one_source", sql`(${t.keelCourseId} is null) <> (${t.courseId} is null)`),
  ],
);

export const suppressionReason = pgEnum("suppression_reason", ["bounced", "invalid", "complained"]);

/** A person on a practice's lists, known by address; a client enrolled by their coach has a user. */
export const subscriber = pgTable(
  "subscriber",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    /** Lower-cased. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    /** IANA zone: lessons arrive at 08:00 in it. */
    timeZone: text("time_zone").notNull(),
    userId: uuid("user_id").references(() => user.id, { onDelete: "set null" }),
    /** Set when the address hard-bounced or was refused: nothing more is sent to it. */
    suppressedAt: timestamp("suppressed_at", { withTimezone: true }),
    suppressedReason: suppressionReason("suppressed_reason"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("subscriber_practice_email_key").on(t.practiceId, t.email)],
);

export const subscriptionStatus = pgEnum("subscription_status", [
  "pending",
  "active",
  "completed",
  "unsubscribed",
]);

/**
 * One subscriber on one list: a course (`course:<keel id>` or `course:<course uuid>`) or the
 * practice's new articles (`articles`). Pending until the address is confirmed (double opt-in)
 * or a coach enrols their client.
 */
export const subscription = pgTable(
  "subscription",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    subscriberId: uuid("subscriber_id")
      .notNull()
      .references(() => subscriber.id, { onDelete: "cascade" }),
    list: text("list").notNull(),
    courseVersionId: uuid("course_version_id").references(() => courseVersion.id),
    status: subscriptionStatus("status").notNull().default("pending"),
    /** sha-256 of the confirmation link's random token; null once confirmed. */
    confirmTokenHash: text("confirm_token_hash").unique(),
    confirmationSentAt: timestamp("confirmation_sent_at", { withTimezone: true }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    unsubscribedAt: timestamp("unsubscribed_at", { withTimezone: true }),
    /** The coach who enrolled their client, and the engagement it shows in. */
    enrolledById: uuid("enrolled_by_id").references(() => user.id, { onDelete: "set null" }),
    engagementId: uuid("engagement_id").references(() => engagement.id, { onDelete: "set null" }),
    /** The next lesson to send, from 1; past the last once all are sent. */
    nextLesson: integer("next_lesson").notNull().default(1),
    /** When the next lesson is due; null when nothing more is due. */
    nextSendAt: timestamp("next_send_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("subscription_subscriber_list_key").on(t.subscriberId, t.list),
    index("subscription_due_idx")
      .on(t.nextSendAt)
      .where(sql`${t.status} = 'active' and ${t.nextSendAt} is not null`),
    index("subscription_practice_list_idx").on(t.practiceId, t.list, t.status),
    index("subscription_engagement_idx").on(t.engagementId),
  ],
);

/**
 * Each lesson sent, once: the keys refuse a second send of a lesson and a second lesson on the
 * same local day, however many processes run the job.
 */
export const courseDelivery = pgTable(
  "course_delivery",
  {
    subscriptionId: uuid("subscription_id")
      .notNull()
      .references(() => subscription.id, { onDelete: "cascade" }),
    lesson: integer("lesson").notNull(),
    /** The subscriber's local date it was sent for. */
    localDate: date("local_date").notNull(),
    mailId: uuid("mail_id").references(() => mail.id, { onDelete: "set null" }),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.subscriptionId, t.lesson] }),
    uniqueIndex("course_delivery_day_key").on(t.subscriptionId, t.localDate),
  ],
);

/** A lesson's task marked done by its subscriber. */
export const lessonCompletion = pgTable(
  "lesson_completion",
  {
    subscriptionId: uuid("subscription_id")
      .notNull()
      .references(() => subscription.id, { onDelete: "cascade" }),
    lesson: integer("lesson").notNull(),
    doneAt: timestamp("done_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.subscriptionId, t.lesson] })],
);
