import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, engagement, practice, updatedAt, user } from "./core-schema";
import { programmeParticipant } from "./programme-schema";

// Coach matching (issue 20): each coach's capacity and short profile, the shortlists the admin
// offers participants, and the log of engagements moved from one coach to another.

/** A coach's profile (theirs to write) and capacity (the admin's); no row means the defaults. */
export const coachProfile = pgTable(
  "coach_profile",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => user.id, { onDelete: "cascade" }),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    /** The most open engagements the admin gives this coach. */
    capacity: integer("capacity").notNull().default(10),
    /** A few lines the admin and participants read: languages, focus, background. */
    about: text("about").notNull().default(""),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("coach_profile_practice_idx").on(t.practiceId),
    check("coach_profile_capacity_range", sql`${t.capacity} between 0 and 200`),
  ],
);

/** The coaches a joined participant is offered to choose from. */
export const coachShortlist = pgTable(
  "coach_shortlist",
  {
    participantId: uuid("participant_id")
      .notNull()
      .references(() => programmeParticipant.id, { onDelete: "cascade" }),
    coachId: uuid("coach_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.participantId, t.coachId] }),
    index("coach_shortlist_coach_idx").on(t.coachId),
  ],
);

/** Each move of an engagement to another coach, by the admin. */
export const engagementCoachChange = pgTable(
  "engagement_coach_change",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    fromCoachId: uuid("from_coach_id").references(() => user.id, { onDelete: "set null" }),
    toCoachId: uuid("to_coach_id").references(() => user.id, { onDelete: "set null" }),
    changedBy: uuid("changed_by").references(() => user.id, { onDelete: "set null" }),
    reason: text("reason"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("engagement_coach_change_engagement_idx").on(t.engagementId, t.at)],
);
