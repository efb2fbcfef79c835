import { z } from "zod";
import {
  GOAL_OUTCOMES,
  REFLECTION_ANSWER_MAX_LENGTH,
  REFLECTION_QUESTIONS,
} from "../domain/review/reflection-questions";
import { isoDate } from "./common";

// Reflection points and the final review (stage 5, docs/decisions/022): each side's own answers,
// and the other side's once both have shared.

const answerText = z
  .string("Write this as text")
  .max(REFLECTION_ANSWER_MAX_LENGTH, `Keep this under ${REFLECTION_ANSWER_MAX_LENGTH} characters`);

const questionIds = REFLECTION_QUESTIONS.map((q) => q.id) as [
  (typeof REFLECTION_QUESTIONS)[number]["id"],
  ...(typeof REFLECTION_QUESTIONS)[number]["id"][],
];

export const goalOutcomeAnswer = z.strictObject({
  goalId: z.uuid("Not a goal id"),
  outcome: z.enum(GOAL_OUTCOMES, "Choose achieved, partly or not achieved").nullable(),
  words: answerText,
});

export const reflectionAnswers = z.strictObject({
  answers: z.partialRecord(z.enum(questionIds, "Not a question of the review"), answerText),
  outcomes: z.array(goalOutcomeAnswer).max(50, "Too many goals"),
});
export type ReflectionAnswersBody = z.input<typeof reflectionAnswers>;

export const reflectionPointParams = z.object({
  id: z.uuid("Not an engagement id"),
  key: z.string().regex(/^(quarter-[1-9][0-9]{0,2}|final)$/, "Not a reflection point"),
});

const side = z.object({
  answers: reflectionAnswers,
  sharedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
});

export const reflectionPointView = z.object({
  key: z.string(),
  kind: z.enum(["quarter", "final"]),
  quarter: z.number().int().nullable(),
  dueOn: isoDate.nullable(),
  title: z.string(),
  /** Whether the viewer writes as the coach or as the client. */
  as: z.enum(["coach", "client"]),
  mine: side.nullable(),
  /** Whether the other side has shared; their answers come only once both have. */
  otherShared: z.boolean(),
  other: side.nullable(),
});
export type ReflectionPointView = z.infer<typeof reflectionPointView>;

export const engagementReflections = z.object({
  points: z.array(reflectionPointView),
  next: z
    .discriminatedUnion("kind", [
      z.object({ kind: z.literal("quarter"), dueOn: isoDate }),
      z.object({ kind: z.literal("sessions"), sessionsToGo: z.number().int() }),
      z.object({ kind: z.literal("final") }),
    ])
    .nullable(),
});
export type EngagementReflections = z.infer<typeof engagementReflections>;

/** What the final review counts that no other read gives whole: sessions held, commitments by how they went. */
export const reviewSummary = z.object({
  sessionsHeld: z.number().int(),
  sessionsPlanned: z.number().int(),
  commitments: z.object({
    open: z.number().int(),
    done: z.number().int(),
    partly_done: z.number().int(),
    not_done: z.number().int(),
  }),
});
export type ReviewSummary = z.infer<typeof reviewSummary>;
