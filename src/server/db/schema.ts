import { sql } from "drizzle-orm";
import {
  boolean,
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
import { ASSESSMENT_STATUSES } from "../../domain/assessment/assessment-status";
import type { Answers, InstrumentDefinition } from "../../domain/assessment/instrument";
import { ENTRY_KINDS, type StoredEvidence } from "../../domain/development/entries";
import type { ExerciseAnswers } from "../../domain/exercise/answers";
import { EXERCISE_STATUSES } from "../../domain/exercise/exercise-status";
import type { ExerciseContent } from "../../domain/exercise/template";
import { MEMBER_ROLES } from "../../domain/practice/roles";
import { createdAt, engagement, engagementStage, practice, updatedAt, user } from "./core-schema";

// Tables read and written by better-auth (its user is in core-schema.ts); the names of the
// TypeScript keys are its model names.

export const session = pgTable(
  "session",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    token: text("token").notNull().unique(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

export const account = pgTable(
  "account",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    password: text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("account_user_idx").on(t.userId)],
);

export const verification = pgTable(
  "verification",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("verification_identifier_idx").on(t.identifier)],
);

// better-auth's two-factor plugin: the TOTP secret and the recovery codes, both encrypted with
// Keel's secret; `verified` stays false until the first code is confirmed.
export const twoFactor = pgTable(
  "two_factor",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    secret: text("secret").notNull(),
    backupCodes: text("backup_codes").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    verified: boolean("verified").notNull().default(true),
    failedVerificationCount: integer("failed_verification_count").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
  },
  (t) => [uniqueIndex("two_factor_user_unique").on(t.userId)],
);

// Keel's own tables.
export const memberRole = pgEnum("member_role", MEMBER_ROLES);
export const mailStatus = pgEnum("mail_status", ["held", "queued", "sent", "failed", "bounced"]);

// One practice per person for now: a user's membership says who they are in Keel.
export const membership = pgTable(
  "membership",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: memberRole("role").notNull(),
    isAdmin: boolean("is_admin").notNull().default(false),
    coachId: uuid("coach_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("membership_user_unique").on(t.userId),
    index("membership_practice_idx").on(t.practiceId, t.role),
    index("membership_coach_idx").on(t.coachId),
  ],
);

export const invitation = pgTable(
  "invitation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    name: text("name"),
    role: memberRole("role").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: uuid("invited_by")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    index("invitation_practice_idx").on(t.practiceId),
    uniqueIndex("invitation_open_email_unique")
      .on(t.practiceId, t.email)
      .where(sql`accepted_at is null and revoked_at is null`),
  ],
);

export const engagementStageChange = pgTable(
  "engagement_stage_change",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    fromStage: engagementStage("from_stage"),
    toStage: engagementStage("to_stage").notNull(),
    changedBy: uuid("changed_by")
      .notNull()
      .references(() => user.id),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    /** Why the coach moved on although the stage's work was not done (planning without a ready goal). */
    reason: text("reason"),
  },
  (t) => [index("stage_change_engagement_idx").on(t.engagementId, t.changedAt)],
);

export const mail = pgTable(
  "mail",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id").references(() => practice.id, { onDelete: "cascade" }),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    /** A calendar invitation sent with the mail (.ics, METHOD matching its method); null for none. */
    calendar: jsonb("calendar").$type<MailCalendar>(),
    /** Headers a list's mail carries (List-Id, List-Unsubscribe, List-Unsubscribe-Post). */
    headers: jsonb("headers").$type<Record<string, string>>(),
    /** The practice's own mail (invitations), which its admin reads in the outbox; client work and personal mail are not. */
    inOutbox: boolean("in_outbox").notNull().default(false),
    status: mailStatus("status").notNull(),
    error: text("error"),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("mail_practice_idx").on(t.practiceId, t.createdAt)],
);

export interface MailCalendar {
  method: "REQUEST" | "CANCEL";
  content: string;
}

export const rateLimit = pgTable("rate_limit", {
  key: text("key").primaryKey(),
  count: integer("count").notNull(),
  resetAt: timestamp("reset_at", { withTimezone: true }).notNull(),
});

/**
 * Every version of every questionnaire Keel has loaded, stored whole: a response points at the
 * exact version it was taken on, so it is scored the same way forever, whatever the files say now.
 */
export const instrumentVersion = pgTable(
  "instrument_version",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    instrumentId: text("instrument_id").notNull(),
    version: integer("version").notNull(),
    definition: jsonb("definition").$type<InstrumentDefinition>().notNull(),
    /** SHA-256 of the definition as first loaded; a changed file under the same version is refused. */
    checksum: text("checksum").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("instrument_version_key").on(t.instrumentId, t.version)],
);

export const assessmentStatus = pgEnum("assessment_status", ASSESSMENT_STATUSES);

/** A questionnaire a coach assigned to the client of an engagement, and the client's answers. */
export const assessment = pgTable(
  "assessment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => user.id),
    instrumentId: text("instrument_id").notNull(),
    instrumentVersionId: uuid("instrument_version_id")
      .notNull()
      .references(() => instrumentVersion.id),
    assignedBy: uuid("assigned_by")
      .notNull()
      .references(() => user.id),
    status: assessmentStatus("status").notNull().default("assigned"),
    answers: jsonb("answers").$type<Answers>().notNull().default({}),
    dueDate: date("due_date", { mode: "string" }),
    startedAt: timestamp("started_at", { withTimezone: true }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    /** When the client was mailed about it (or chose no such mail); null until then. */
    announcedAt: timestamp("announced_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("assessment_engagement_idx").on(t.engagementId, t.createdAt),
    // The practice's own norms: every submitted response on one instrument; with the time of
    // submission, the norms' fingerprint (how many, the newest) reads the index alone.
    index("assessment_norms_idx")
      .on(t.practiceId, t.instrumentId, t.submittedAt)
      .where(sql`${t.status} = 'submitted'`),
    // One open questionnaire of a kind per engagement; a second assignment is a 409.
    uniqueIndex("assessment_one_open_idx")
      .on(t.engagementId, t.instrumentId)
      .where(sql`${t.status} in ('assigned', 'in_progress')`),
  ],
);

export const developmentEntryKind = pgEnum("development_entry_kind", ENTRY_KINDS);

/** One line of a client's development profile: a strength, a development area, and so on. */
export const developmentEntry = pgTable(
  "development_entry",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    kind: developmentEntryKind("kind").notNull(),
    title: text("title").notNull(),
    detail: text("detail").notNull().default(""),
    /** A copy of the evidence at acceptance: what the entry was based on stays readable. */
    evidence: jsonb("evidence").$type<StoredEvidence[]>().notNull().default([]),
    /** The proposal this entry accepted, if any. */
    proposalKey: text("proposal_key"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => user.id),
    updatedBy: uuid("updated_by")
      .notNull()
      .references(() => user.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("development_entry_engagement_idx").on(t.engagementId, t.createdAt),
    // The key a goal's link refers to, so it cannot name another engagement's entry.
    uniqueIndex("development_entry_engagement_id_key").on(t.engagementId, t.id),
    uniqueIndex("development_entry_proposal_idx")
      .on(t.engagementId, t.proposalKey)
      .where(sql`${t.proposalKey} is not null`),
  ],
);

/** A proposal set aside, so Keel does not propose it again. */
export const developmentDismissal = pgTable(
  "development_dismissal",
  {
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    proposalKey: text("proposal_key").notNull(),
    dismissedBy: uuid("dismissed_by")
      .notNull()
      .references(() => user.id),
    dismissedAt: timestamp("dismissed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.engagementId, t.proposalKey] })],
);

/**
 * A self-reflection exercise a coach wrote. Their own: only they read, change and assign it (a
 * practice admin sharing templates with the practice's coaches is a later step). Assignments copy
 * the content, so deleting or changing a template never touches what a client was given.
 */
export const exerciseTemplate = pgTable(
  "exercise_template",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    content: jsonb("content").$type<ExerciseContent>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("exercise_template_owner_idx").on(t.ownerId, t.updatedAt)],
);

export const exerciseStatus = pgEnum("exercise_status", EXERCISE_STATUSES);
export const exerciseTemplateKind = pgEnum("exercise_template_kind", ["built-in", "own"]);

/** An exercise a coach assigned in an engagement: a copy of the template, and the answers. */
export const exercise = pgTable(
  "exercise",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practice.id, { onDelete: "cascade" }),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => user.id),
    /** Where the content came from: a built-in's id, or a coach's template id (no foreign key:
     * the template may be deleted, the assignment keeps its copy). */
    templateKind: exerciseTemplateKind("template_kind").notNull(),
    templateId: text("template_id").notNull(),
    templateVersion: integer("template_version"),
    /** The template as it was when assigned; what the client sees and answers. */
    content: jsonb("content").$type<ExerciseContent>().notNull(),
    assignedBy: uuid("assigned_by")
      .notNull()
      .references(() => user.id),
    status: exerciseStatus("status").notNull().default("assigned"),
    answers: jsonb("answers").$type<ExerciseAnswers>().notNull().default({}),
    dueDate: date("due_date", { mode: "string" }),
    startedAt: timestamp("started_at", { withTimezone: true }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    /** When the client was mailed about it (or chose no such mail); null until then. */
    announcedAt: timestamp("announced_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("exercise_engagement_idx").on(t.engagementId, t.createdAt),
    // One open exercise from a template per engagement; a second assignment is a 409.
    uniqueIndex("exercise_one_open_idx")
      .on(t.engagementId, t.templateId)
      .where(sql`${t.status} in ('assigned', 'draft')`),
  ],
);

export * from "./accountability-schema";
export * from "./agreement-schema";
export * from "./article-schema";
export * from "./check-in-schema";
export * from "./core-schema";
export * from "./course-schema";
export * from "./engagement-facts-schema";
export * from "./feedback-schema";
export * from "./goals-schema";
export * from "./mail-preference-schema";
export * from "./matching-schema";
export * from "./programme-schema";
export * from "./programme-sponsor-schema";
export * from "./pulse-schema";
export * from "./report-sharing-schema";
export * from "./review-schema";
export * from "./session-patterns-schema";
export * from "./session-work-schema";
export * from "./sessions-schema";
export * from "./sustain-schema";
