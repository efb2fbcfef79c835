import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { STAGES } from "../../domain/engagement/stages";

// The tables every feature refers to: people, practices and engagements. schema.ts exports them
// with the rest, for better-auth and drizzle-kit; a feature's own schema imports them from here.

export const createdAt = () =>
  timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

// better-auth's user (the TypeScript keys are its model names). user_name_idx serves the client
// list's order, (name, id): an admin's page walks it and stops after limit + 1 members of the
// practice (docs/decisions/006-keyset-pagination.md).
export const user = pgTable(
  "user",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    email: text("email").notNull().unique(),
    emailVerified: boolean("email_verified").notNull().default(false),
    image: text("image"),
    /** Turned on by better-auth's two-factor plugin once the first code is confirmed. */
    twoFactorEnabled: boolean("two_factor_enabled").notNull().default(false),
    /** The person's IANA time zone, as their browser last said: mails give times in it. */
    timeZone: text("time_zone"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("user_name_idx").on(t.name, t.id)],
);

export const practice = pgTable(
  "practice",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    /** The practice's public pages live under /p/<slug>; set from the name when it is opened. */
    slug: text("slug")
      .notNull()
      .unique()
      .default(sql`'practice-' || substr(md5(random()::text), 1, 8)`),
    /** The postal address its list mail carries, as the law on bulk mail asks. */
    postalAddress: text("postal_address"),
    /** k of 360 feedback: the fewest responses a shown group rests on; campaigns may only raise it. */
    feedbackThreshold: integer("feedback_threshold").notNull().default(3),
    /** Coaches must turn on two-factor sign-in before they can do anything else. */
    requireTwoFactorForCoaches: boolean("require_two_factor_for_coaches").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check("practice_feedback_threshold_min", sql`${t.feedbackThreshold} >= 3`)],
);

export const engagementStage = pgEnum("engagement_stage", STAGES);

export const engagement = pgTable(
  "engagement",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    coachId: uuid("coach_id")
      .notNull()
      .references(() => user.id),
    clientId: uuid("client_id")
      .notNull()
      .references(() => user.id),
    sponsorId: uuid("sponsor_id").references(() => user.id),
    title: text("title").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    /** When the coaching is meant to end; goals due after it are questioned. */
    plannedEndDate: date("planned_end_date", { mode: "string" }),
    sessionsPlanned: integer("sessions_planned").notNull(),
    /** The video meeting link used for sessions that do not set their own. */
    meetingLink: text("meeting_link"),
    stage: engagementStage("stage").notNull().default("assessment"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // Each role's list (an admin's practice, a coach's, client's or sponsor's own) reads one of
  // these in the list's order, newest first, from the cursor on; they serve the foreign keys too.
  (t) => [
    index("engagement_practice_list_idx").on(t.practiceId, t.startDate, t.id),
    index("engagement_coach_list_idx").on(t.coachId, t.startDate, t.id),
    index("engagement_client_list_idx").on(t.clientId, t.startDate, t.id),
    index("engagement_sponsor_list_idx").on(t.sponsorId, t.startDate, t.id),
  ],
);
