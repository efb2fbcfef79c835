import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { SPONSOR_REPORT_FREQUENCIES } from "../../domain/programmes/sponsor-report";
import { createdAt, engagement, practice, updatedAt, user } from "./core-schema";
import { invitation } from "./schema";

// Programmes a practice runs for an organisation (issue 20, docs/decisions/030): the template of
// every participant's coaching, its cohorts, and the participants, each invited as a client.

export const sponsorReportFrequency = pgEnum(
  "sponsor_report_frequency",
  SPONSOR_REPORT_FREQUENCIES,
);

export const programme = pgTable(
  "programme",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    organisationName: text("organisation_name").notNull(),
    /** Questionnaires of the catalog (content/instruments), in the order they are taken. */
    instrumentIds: text("instrument_ids").array().notNull().default(sql`'{}'`),
    competencyModelId: text("competency_model_id"),
    sessionsPlanned: integer("sessions_planned").notNull(),
    months: integer("months").notNull(),
    courseId: text("course_id"),
    pulseEveryWeeks: integer("pulse_every_weeks"),
    /** How often each sponsor is mailed the programme's figures (programmes/sponsor-report-mail.ts). */
    sponsorReport: sponsorReportFrequency("sponsor_report").notNull().default("monthly"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("programme_practice_idx").on(t.practiceId),
    check("programme_sessions_range", sql`${t.sessionsPlanned} between 1 and 100`),
    check("programme_months_range", sql`${t.months} between 1 and 36`),
    check("programme_pulse_range", sql`${t.pulseEveryWeeks} between 1 and 12`),
  ],
);

export const programmeCohort = pgTable(
  "programme_cohort",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    startDate: date("start_date").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("programme_cohort_name_unique").on(t.programmeId, sql`lower(${t.name})`)],
);

/** A participant as imported; `invitation_id` is the client invitation, `user_id` set once joined. */
export const programmeParticipant = pgTable(
  "programme_participant",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "cascade" }),
    // A cohort with participants cannot be removed: the key refuses it as the service does.
    cohortId: uuid("cohort_id")
      .notNull()
      .references(() => programmeCohort.id, { onDelete: "no action" }),
    name: text("name").notNull(),
    /** Lower-case, as imported. */
    email: text("email").notNull(),
    managerEmail: text("manager_email"),
    invitationId: uuid("invitation_id").references(() => invitation.id, { onDelete: "set null" }),
    userId: uuid("user_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    joinedAt: timestamp("joined_at", { withTimezone: true }),
    /** The engagement opened when a coach was matched; one participant, one engagement. */
    engagementId: uuid("engagement_id")
      .unique("programme_participant_engagement_unique")
      .references(() => engagement.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("programme_participant_email_unique").on(t.programmeId, t.email),
    // The participant list's order (decision 006): a page walks it and stops.
    index("programme_participant_name_idx").on(t.programmeId, t.name, t.id),
    index("programme_participant_cohort_idx").on(t.cohortId),
    index("programme_participant_invitation_idx").on(t.invitationId),
    index("programme_participant_user_idx").on(t.userId),
  ],
);
