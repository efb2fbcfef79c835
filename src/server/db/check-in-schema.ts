import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, engagement, updatedAt, user } from "./core-schema";
// Read only inside the tables' callbacks, once every table is defined (schema.ts exports this file).
import { goal, goalMeasurement } from "./schema";

// Stage 4, weekly check-ins: when the client wants to be asked, what they answered each week
// (one check-in per engagement and week: the Monday of the client's local week), each goal's
// confidence and measure (a measure entered becomes a goal measurement, referred to here), the
// weekly mail's outcome and the private links it carries (their hash alone is kept).

/** The client's weekly time: ISO weekday (1 is Monday), local hour, zone; off stops the mail. */
export const checkInSchedule = pgTable(
  "check_in_schedule",
  {
    engagementId: uuid("engagement_id")
      .primaryKey()
      .references(() => engagement.id, { onDelete: "cascade" }),
    weekday: integer("weekday").notNull(),
    hour: integer("hour").notNull(),
    timeZone: text("time_zone").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    updatedBy: uuid("updated_by")
      .notNull()
      .references(() => user.id),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("check_in_schedule_weekday", sql`${t.weekday} between 1 and 7`),
    check("check_in_schedule_hour", sql`${t.hour} between 0 and 23`),
  ],
);

export const checkInChannel = pgEnum("check_in_channel", ["link", "app"]);

export const checkIn = pgTable(
  "check_in",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    /** The Monday of the client's local week the check-in answers for. */
    week: date("week", { mode: "string" }).notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    submittedBy: uuid("submitted_by")
      .notNull()
      .references(() => user.id),
    channel: checkInChannel("channel").notNull(),
    energy: integer("energy").notNull(),
    win: text("win").notNull().default(""),
    challenge: text("challenge").notNull().default(""),
    /** How many of the client's commitments the check-in marked done. */
    commitmentsDone: integer("commitments_done").notNull().default(0),
  },
  (t) => [
    // One per week: a second (the link after the app, two tabs) is refused by the database.
    uniqueIndex("check_in_engagement_week_key").on(t.engagementId, t.week),
    // The key check_in_goal refers to: a constraint, so it exists before that foreign key.
    unique("check_in_engagement_id_key").on(t.engagementId, t.id),
    check("check_in_energy", sql`${t.energy} between 1 and 5`),
  ],
);

/** A goal's answer in a check-in: confidence 1 to 10, and the measure's value if given. */
export const checkInGoal = pgTable(
  "check_in_goal",
  {
    checkInId: uuid("check_in_id").notNull(),
    engagementId: uuid("engagement_id").notNull(),
    goalId: uuid("goal_id").notNull(),
    confidence: integer("confidence").notNull(),
    value: doublePrecision("value"),
    measurementId: uuid("measurement_id").references(() => goalMeasurement.id),
  },
  (t) => [
    primaryKey({ columns: [t.checkInId, t.goalId] }),
    index("check_in_goal_goal_idx").on(t.goalId),
    foreignKey({
      name: "check_in_goal_check_in_fk",
      columns: [t.engagementId, t.checkInId],
      foreignColumns: [checkIn.engagementId, checkIn.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "check_in_goal_goal_fk",
      columns: [t.engagementId, t.goalId],
      foreignColumns: [goal.engagementId, goal.id],
    }).onDelete("cascade"),
    check("check_in_goal_confidence", sql`${t.confidence} between 1 and 10`),
  ],
);

export const checkInMailOutcome = pgEnum("check_in_mail_outcome", ["mailed", "skipped"]);

/**
 * The weekly mail's claim and outcome, one row per engagement and week: the key makes a second
 * process's claim fail; "skipped" records a week whose time passed while Keel was down.
 */
export const checkInMailing = pgTable(
  "check_in_mailing",
  {
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    week: date("week", { mode: "string" }).notNull(),
    outcome: checkInMailOutcome("outcome").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.engagementId, t.week] })],
);

/** A check-in link: opens one engagement's check-in of one week, once, until it expires. */
export const checkInLink = pgTable(
  "check_in_link",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    week: date("week", { mode: "string" }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("check_in_link_engagement_idx").on(t.engagementId, t.week)],
);

/** A reply in a check-in's thread: the coach answers what the client sent, and the client back. */
export const checkInReply = pgTable(
  "check_in_reply",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    checkInId: uuid("check_in_id").notNull(),
    engagementId: uuid("engagement_id").notNull(),
    authorId: uuid("author_id")
      .notNull()
      .references(() => user.id),
    text: text("text").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("check_in_reply_check_in_idx").on(t.checkInId, t.createdAt),
    foreignKey({
      name: "check_in_reply_check_in_fk",
      columns: [t.engagementId, t.checkInId],
      foreignColumns: [checkIn.engagementId, checkIn.id],
    }).onDelete("cascade"),
  ],
);
