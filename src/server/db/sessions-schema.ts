import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { WeeklyHours } from "../../domain/sessions/availability";
import { createdAt, engagement, updatedAt, user } from "./core-schema";

// Stage 3: one-to-one sessions. A coach's bookable hours, the sessions themselves (a coach can
// never be in two at once: an exclusion constraint in migration 0021, not a read before the
// write), and what is written for each: agenda, the client's preparation, notes and the client's
// reflection afterwards.

export const sessionMode = pgEnum("coaching_session_mode", ["in_person", "phone", "video"]);
export const sessionStatus = pgEnum("coaching_session_status", ["scheduled", "cancelled"]);
export const sessionNoteKind = pgEnum("session_note_kind", ["feedback", "shared", "private"]);

/** When a coach can be booked, in their own time zone, and the practice's rules for moving. */
export const coachAvailability = pgTable("coach_availability", {
  coachId: uuid("coach_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  timeZone: text("time_zone").notNull(),
  weekly: jsonb("weekly").$type<WeeklyHours>().notNull(),
  sessionMinutes: smallint("session_minutes").notNull().default(60),
  bufferMinutes: smallint("buffer_minutes").notNull().default(15),
  minNoticeHours: smallint("min_notice_hours").notNull().default(24),
  horizonDays: smallint("horizon_days").notNull().default(60),
  /** A cancellation this close to the start counts as a session used. */
  lateCancelHours: smallint("late_cancel_hours").notNull().default(24),
  /** How many times one session may be moved. */
  maxMoves: smallint("max_moves").notNull().default(2),
  updatedAt: updatedAt(),
});

export const coachingSession = pgTable(
  "coaching_session",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    /** The engagement's coach when booked: what the exclusion constraint keys on. */
    coachId: uuid("coach_id")
      .notNull()
      .references(() => user.id),
    /** The recurring series this session is an occurrence of; its invitation is the series'. */
    seriesId: uuid("series_id").references((): AnyPgColumn => sessionSeries.id),
    /** An occurrence's start as the series' rule gave it: its RECURRENCE-ID, kept when moved. */
    originalStartsAt: timestamp("original_starts_at", { withTimezone: true }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    /** The end plus the coach's buffer: no other session of the coach may start before it. */
    busyUntil: timestamp("busy_until", { withTimezone: true }).notNull(),
    /** The zone the session was booked in: its invitation's VTIMEZONE. */
    timeZone: text("time_zone").notNull(),
    mode: sessionMode("mode").notNull(),
    /** The address, the phone number or the meeting link, as the mode says. */
    place: text("place").notNull().default(""),
    status: sessionStatus("status").notNull().default("scheduled"),
    /**
     * Stays the same for the session's life: calendars match updates by it. An occurrence of a
     * series carries the series' UID, told apart by its original start.
     */
    icalUid: text("ical_uid").notNull(),
    /** Raised on every change, so calendars take the newest invitation. */
    sequence: integer("sequence").notNull().default(0),
    moves: smallint("moves").notNull().default(0),
    bookedBy: uuid("booked_by")
      .notNull()
      .references(() => user.id),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: uuid("cancelled_by").references(() => user.id),
    cancelReason: text("cancel_reason"),
    /** A late cancellation that counts against the engagement's allowance. */
    countsAsUsed: integer("counts_as_used").notNull().default(0),
    /** When the session got its present time (booked, or last moved): its invitation's date. */
    scheduledAt: timestamp("scheduled_at", { withTimezone: true }).notNull().defaultNow(),
    /** Each set by the one reminder run that claims it; a move clears them for the new time. */
    reminded24hAt: timestamp("reminded_24h_at", { withTimezone: true }),
    reminded1hAt: timestamp("reminded_1h_at", { withTimezone: true }),
    preparationAskedAt: timestamp("preparation_asked_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("coaching_session_engagement_idx").on(t.engagementId, t.startsAt),
    index("coaching_session_coach_idx").on(t.coachId, t.startsAt),
    /** What the reminder run reads every few minutes: the sessions still to be held, by start. */
    index("coaching_session_scheduled_idx").on(t.startsAt).where(sql`${t.status} = 'scheduled'`),
    uniqueIndex("coaching_session_engagement_id_key").on(t.engagementId, t.id),
    uniqueIndex("coaching_session_ical_uid_key").on(t.icalUid).where(sql`${t.seriesId} is null`),
    uniqueIndex("coaching_session_occurrence_key").on(t.seriesId, t.originalStartsAt),
    check(
      "coaching_session_times",
      sql`${t.startsAt} < ${t.endsAt} and ${t.endsAt} <= ${t.busyUntil}`,
    ),
  ],
);

/**
 * Sessions a coach scheduled at once by a recurrence rule (every second Tuesday at 08:30 in
 * London): one calendar event for all of them, each occurrence a coaching_session row.
 */
export const sessionSeries = pgTable(
  "session_series",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    coachId: uuid("coach_id")
      .notNull()
      .references(() => user.id),
    /** The RRULE's value, always with COUNT: exactly the occurrences that were scheduled. */
    rrule: text("rrule").notNull(),
    timeZone: text("time_zone").notNull(),
    /** The first occurrence's local date, "YYYY-MM-DD": the series' DTSTART with `localTime`. */
    firstDate: text("first_date").notNull(),
    /** "HH:MM" in `timeZone`, whatever the clocks do. */
    localTime: text("local_time").notNull(),
    durationMinutes: smallint("duration_minutes").notNull(),
    mode: sessionMode("mode").notNull(),
    place: text("place").notNull().default(""),
    icalUid: text("ical_uid").notNull().unique(),
    /** Raised with every change to the series or one of its occurrences. */
    sequence: integer("sequence").notNull().default(0),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => user.id),
    createdAt: createdAt(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  },
  (t) => [index("session_series_engagement_idx").on(t.engagementId)],
);

export const sessionAgendaItem = pgTable(
  "session_agenda_item",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id").notNull(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => coachingSession.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    addedBy: uuid("added_by")
      .notNull()
      .references(() => user.id),
    createdAt: createdAt(),
  },
  (t) => [index("session_agenda_session_idx").on(t.sessionId, t.createdAt)],
);

/**
 * A note on a session. "feedback": the coach's feedback and guidance; "shared": the notes both
 * write; both read by coach and client. "private": read by its author alone, whoever asks.
 */
export const sessionNote = pgTable(
  "session_note",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id").notNull(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => coachingSession.id, { onDelete: "cascade" }),
    kind: sessionNoteKind("kind").notNull(),
    /** The private note's author; for the other kinds, who wrote last. */
    authorId: uuid("author_id")
      .notNull()
      .references(() => user.id),
    /** Markdown, rendered with raw HTML off. */
    body: text("body").notNull().default(""),
    revision: integer("revision").notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("session_note_shared_key")
      .on(t.sessionId, t.kind)
      .where(sql`${t.kind} <> 'private'`),
    uniqueIndex("session_note_private_key")
      .on(t.sessionId, t.authorId)
      .where(sql`${t.kind} = 'private'`),
    index("session_note_engagement_idx").on(t.engagementId),
    // The page reads a session's notes by session alone; the partial keys above cannot serve it.
    index("session_note_session_idx").on(t.sessionId),
  ],
);

/** The client's preparation before a session and reflection after it. */
export const sessionPreparation = pgTable("session_preparation", {
  sessionId: uuid("session_id")
    .primaryKey()
    .references(() => coachingSession.id, { onDelete: "cascade" }),
  engagementId: uuid("engagement_id").notNull(),
  wins: text("wins").notNull().default(""),
  focus: text("focus").notNull().default(""),
  question: text("question").notNull().default(""),
  updatedAt: updatedAt(),
});

export const sessionReflection = pgTable(
  "session_reflection",
  {
    sessionId: uuid("session_id")
      .primaryKey()
      .references(() => coachingSession.id, { onDelete: "cascade" }),
    engagementId: uuid("engagement_id").notNull(),
    learned: text("learned").notNull().default(""),
    differently: text("differently").notNull().default(""),
    /** How valuable the session was, 1 to 10. */
    rating: smallint("rating"),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("session_reflection_engagement_idx").on(t.engagementId),
    check("session_reflection_rating", sql`${t.rating} is null or ${t.rating} between 1 and 10`),
  ],
);

/** A person's private calendar feed: the token's hash; revoking deletes the row. */
export const calendarFeed = pgTable(
  "calendar_feed",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId] }),
    uniqueIndex("calendar_feed_token_key").on(t.tokenHash),
  ],
);
