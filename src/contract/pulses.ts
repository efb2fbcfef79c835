import { z } from "zod";
import { FEEDFORWARD_MAX_LENGTH } from "../domain/pulses/answers";
import { EVERY_WEEKS } from "../domain/pulses/cadence";
import { QUESTION_ID_MAX_LENGTH, QUESTION_MAX_LENGTH, QUESTIONS } from "../domain/pulses/questions";
import { isoDate, personRef } from "./common";

// Stakeholder pulses (stage 4): the coach's settings, the stakeholders the client chose, the
// rounds and the trend per behaviour the client and coach read, and the survey a stakeholder
// answers through their private link (docs/decisions/021).

const text = (max: number) =>
  z.string("Write this as text").trim().max(max, `Keep this under ${max} characters`);

export const pulseQuestion = z.strictObject({
  id: z
    .string("Give the question an id")
    .min(1, "Give the question an id")
    .max(QUESTION_ID_MAX_LENGTH, "Keep the id short"),
  text: text(QUESTION_MAX_LENGTH).min(1, "Write the behaviour"),
});

export const pulseSettingsInput = z.strictObject({
  enabled: z.boolean("Say whether pulses go out"),
  everyWeeks: z
    .number("Give the weeks between pulses")
    .int("Give whole weeks")
    .min(EVERY_WEEKS.min, `Every ${EVERY_WEEKS.min} to ${EVERY_WEEKS.max} weeks`)
    .max(EVERY_WEEKS.max, `Every ${EVERY_WEEKS.min} to ${EVERY_WEEKS.max} weeks`),
});
export type PulseSettingsInput = z.input<typeof pulseSettingsInput>;

export const pulseQuestionsInput = z.strictObject({
  questions: z
    .array(pulseQuestion)
    .min(QUESTIONS.min, `Ask about ${QUESTIONS.min} to ${QUESTIONS.max} behaviours`)
    .max(QUESTIONS.max, `Ask about ${QUESTIONS.min} to ${QUESTIONS.max} behaviours`),
});
export type PulseQuestionsInput = z.input<typeof pulseQuestionsInput>;

export const stakeholderInput = z.strictObject({
  name: text(200).min(1, "Give the stakeholder's name"),
  email: z.email("Give an email address like ann@example.com").max(254),
  relationship: text(100).default(""),
});
export type StakeholderInput = z.input<typeof stakeholderInput>;

export const stakeholder = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  relationship: z.string(),
  state: z.enum(["waiting", "approved", "removed"]),
  addedBy: personRef,
  addedAt: z.iso.datetime(),
  approvedBy: personRef.nullable(),
  approvedAt: z.iso.datetime().nullable(),
  removedAt: z.iso.datetime().nullable(),
  /** Who approves a waiting stakeholder: the party who did not add them. */
  approver: z.enum(["client", "coach"]),
});
export type Stakeholder = z.output<typeof stakeholder>;

export const pulseRoundSummary = z.object({
  id: z.uuid(),
  status: z.enum(["open", "closed", "skipped"]),
  dueAt: z.iso.datetime(),
  openedOn: isoDate.nullable(),
  closesAt: z.iso.datetime().nullable(),
  closedOn: isoDate.nullable(),
  invited: z.int(),
  /** How many answered: only for a closed round that reached k responses. */
  responses: z.int().nullable(),
  skippedBecause: z.string().nullable(),
});

export const trendPoint = z.object({
  roundId: z.uuid(),
  closedOn: isoDate,
  mean: z.number().nullable(),
});
export const pulseTrend = z.object({
  threshold: z.int(),
  behaviours: z.array(z.object({ id: z.string(), text: z.string(), points: z.array(trendPoint) })),
  rounds: z.array(
    z.object({
      id: z.uuid(),
      openedOn: isoDate,
      closedOn: isoDate,
      shown: z.boolean(),
      responses: z.int().nullable(),
      feedforward: z.array(z.string()),
    }),
  ),
});
export type PulseTrend = z.output<typeof pulseTrend>;

export const pulseOverview = z.object({
  settings: z.object({
    enabled: z.boolean(),
    everyWeeks: z.int(),
    questions: z.array(z.object({ id: z.string(), text: z.string() })),
    /** The wording is fixed once the first round went out. */
    questionsLocked: z.boolean(),
    /** False until the coach first saves settings: the values shown are a suggestion. */
    saved: z.boolean(),
    /** Rounds go out on their own in active sessions, review and sustaining only. */
    roundsGoOut: z.boolean(),
    nextRoundAt: z.iso.datetime().nullable(),
  }),
  threshold: z.int(),
  /** Why no round can go out now (too few approved stakeholders), in words; null when one can. */
  whyNoRound: z.string().nullable(),
  stakeholders: z.array(stakeholder),
  rounds: z.array(pulseRoundSummary),
  trend: pulseTrend,
  viewer: z.enum(["client", "coach"]),
});
export type PulseOverview = z.output<typeof pulseOverview>;

const rating = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], {
  error: "Rate from 1 to 5",
});

export const pulseAnswersBody = z.strictObject({
  ratings: z.record(z.string().max(100), rating.nullable()).default({}),
  feedforward: z
    .string()
    .max(FEEDFORWARD_MAX_LENGTH, `Keep it under ${FEEDFORWARD_MAX_LENGTH} characters`)
    .optional(),
});
export type PulseAnswersBody = z.input<typeof pulseAnswersBody>;

export const pulseSurvey = z.object({
  state: z.enum(["open", "submitted", "closed"]),
  clientName: z.string(),
  practiceName: z.string(),
  stakeholderName: z.string(),
  closesAt: z.iso.datetime(),
  threshold: z.int(),
  /** Present only while open. */
  questions: z.array(z.object({ id: z.string(), text: z.string() })).nullable(),
  answers: z
    .object({ ratings: z.record(z.string(), rating.nullable()), feedforward: z.string() })
    .nullable(),
});
export type PulseSurvey = z.output<typeof pulseSurvey>;

export const savedPulseAnswers = z.object({ answered: z.int(), total: z.int() });
export type SavedPulseAnswers = z.output<typeof savedPulseAnswers>;
