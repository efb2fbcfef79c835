import { z } from "zod";
import { isoDate, personRef } from "./common";

// Weekly check-ins (stage 4): the client's weekly time, the form the mailed link opens, what the
// client sends and the history the client and coach read.

const text = (max: number) =>
  z.string("Write this as text").trim().max(max, `Keep this under ${max} characters`);
const whole = (min: number, max: number, what: string) =>
  z
    .number(`Give ${what} from ${min} to ${max}`)
    .int(`Give ${what} from ${min} to ${max}`)
    .min(min, `Give ${what} from ${min} to ${max}`)
    .max(max, `Give ${what} from ${min} to ${max}`);

export const checkInSchedule = z.object({
  weekday: z.number().int().describe("ISO weekday: 1 is Monday, 7 is Sunday"),
  hour: z.number().int().describe("Local hour, 0 to 23"),
  timeZone: z.string(),
  enabled: z.boolean(),
  /** False until the client first saves one: the values shown are then a suggestion. */
  saved: z.boolean(),
});
export type CheckInSchedule = z.output<typeof checkInSchedule>;

export const checkInScheduleInput = z.strictObject({
  weekday: whole(1, 7, "a weekday"),
  hour: whole(0, 23, "an hour"),
  timeZone: text(100).min(1, "Choose a time zone"),
  enabled: z.boolean("Say whether the weekly mail is on"),
});
export type CheckInScheduleInput = z.input<typeof checkInScheduleInput>;

export const checkInGoalAnswer = z.strictObject({
  goalId: z.uuid("Choose a goal of this check-in"),
  confidence: whole(1, 10, "a confidence"),
  value: z
    .number("Give a number")
    .min(-1_000_000_000, "Give a smaller number")
    .max(1_000_000_000, "Give a smaller number")
    .nullable()
    .default(null)
    .describe("The measure's value this week; null when not measured"),
});

export const checkInInput = z.strictObject({
  energy: whole(1, 5, "your energy"),
  win: text(1000).default(""),
  challenge: text(1000).default(""),
  goals: z.array(checkInGoalAnswer).max(50, "Too many goals"),
  commitmentsDone: z
    .array(z.uuid("Choose a commitment of this check-in"))
    .max(100, "Too many commitments")
    .default([])
    .describe("The client's open commitments of the form to mark done"),
});
export type CheckInInput = z.input<typeof checkInInput>;

export const checkInGoalView = z.object({
  goalId: z.uuid(),
  statement: z.string(),
  confidence: z.number(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
});

export const checkInReply = z.object({
  id: z.uuid(),
  author: personRef,
  text: z.string(),
  createdAt: z.iso.datetime(),
});
export type CheckInReply = z.output<typeof checkInReply>;

export const checkInReplyInput = z.strictObject({
  text: text(2000).min(1, "Write your reply"),
});
export type CheckInReplyInput = z.input<typeof checkInReplyInput>;

export const checkIn = z.object({
  id: z.uuid(),
  week: isoDate,
  submittedAt: z.iso.datetime(),
  submittedBy: personRef,
  channel: z.enum(["link", "app"]),
  energy: z.number(),
  win: z.string(),
  challenge: z.string(),
  goals: z.array(checkInGoalView),
  /** How many of the client's commitments this check-in marked done. */
  commitmentsDone: z.number(),
  /** The thread under the check-in, oldest first: the coach's replies and the client's. */
  replies: z.array(checkInReply),
});
export type CheckIn = z.output<typeof checkIn>;

export const checkInList = z.object({ items: z.array(checkIn) });
export type CheckInList = z.output<typeof checkInList>;

/** A goal as the form asks about it: its measure, unit and the values that make sense. */
export const checkInFormGoal = z.object({
  id: z.uuid(),
  statement: z.string(),
  measure: z.string().nullable(),
  unit: z.string().nullable(),
  direction: z.enum(["higher", "lower"]).nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  latestValue: z.number().nullable(),
  range: z.object({ min: z.number(), max: z.number() }).nullable(),
});
export type CheckInFormGoal = z.output<typeof checkInFormGoal>;

/** An open commitment of the client due by the end of the check-in's week: one to tick done. */
export const checkInFormCommitment = z.object({
  id: z.uuid(),
  text: z.string(),
  dueOn: isoDate,
});
export type CheckInFormCommitment = z.output<typeof checkInFormCommitment>;

export const checkInForm = z.object({
  clientName: z.string(),
  coachName: z.string(),
  week: isoDate,
  goals: z.array(checkInFormGoal),
  commitments: z.array(checkInFormCommitment),
  last: checkIn.nullable(),
});
export type CheckInForm = z.output<typeof checkInForm>;
