import { z } from "zod";
import { EXERCISE_STATUSES } from "../domain/exercise/exercise-status";
import { isoDate } from "./common";

// The shapes of a template. These check types and bound the sizes of a request; the rules a
// template must follow (unique ids, ranges, wheels) are the domain's `templateProblems`, which
// names every field to fix.

const text = (max: number) =>
  z.string("Write this as text").max(max, `Keep this under ${max} characters`);
const whole = z.number("Give a number");

const option = z.strictObject({ id: text(100), label: text(1000) });

const questionBase = {
  id: text(100),
  prompt: text(5000),
  help: text(5000).optional(),
  required: z.boolean("Say whether the question must be answered"),
};

export const question = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ ...questionBase, type: z.literal("text"), maxLength: whole.optional() }),
    z.strictObject({
      ...questionBase,
      type: z.literal("rating"),
      min: whole,
      max: whole,
      lowLabel: text(1000).optional(),
      highLabel: text(1000).optional(),
    }),
    z.strictObject({
      ...questionBase,
      type: z.literal("ranking"),
      options: z.array(option).max(200),
      top: whole.optional(),
    }),
    z.strictObject({
      ...questionBase,
      type: z.literal("choice"),
      options: z.array(option).max(200),
      multiple: z.boolean("Say whether several options may be chosen"),
      maxChoices: whole.optional(),
    }),
  ],
  { error: "Choose a question type: text, rating, ranking or choice" },
);

const group = z.strictObject({
  id: text(100),
  title: text(1000),
  display: z.literal("wheel"),
  questionIds: z.array(text(100)).max(100),
});

const contentFields = {
  title: text(1000),
  purpose: text(5000),
  instructions: text(20_000).default(""),
  minutes: whole.optional(),
  questions: z.array(question).max(200),
  groups: z.array(group).max(20).default([]),
};

/** A template as a coach writes it, or as a content/exercises file holds it (with its id). */
export const exerciseContent = z.strictObject(contentFields);

/** A change to a template: any of its parts, each replaced whole. */
export const exerciseContentChange = z.strictObject({
  title: contentFields.title.optional(),
  purpose: contentFields.purpose.optional(),
  instructions: text(20_000).optional(),
  minutes: whole.nullable().optional(),
  questions: contentFields.questions.optional(),
  groups: z.array(group).max(20).optional(),
});

export const templateKind = z.enum(["built-in", "own"]);
export type TemplateKind = z.output<typeof templateKind>;

/** An exercise a coach can assign, as GET /api/exercise-templates lists it. */
export const templateSummary = z.object({
  id: z.string(),
  kind: templateKind.describe("Shipped with Keel, or written by the coach asking"),
  version: z.number().int().nullable().describe("The file's version, for a built-in"),
  title: z.string(),
  purpose: z.string(),
  minutes: z.number().int().nullable(),
  questionCount: z.number().int(),
  hasWheel: z.boolean(),
  updatedAt: z.iso.datetime().nullable(),
});
export type TemplateSummary = z.output<typeof templateSummary>;

const contentView = {
  instructions: z.string(),
  questions: z.array(question),
  groups: z.array(group),
};

/** GET /api/exercise-templates/:id: the template with its questions. */
export const templateView = templateSummary.extend(contentView);
export type TemplateView = z.output<typeof templateView>;

/** Text as a string, a rating as a number, a ranking or a choice as a list of option ids. */
export const answerValue = z.union([
  z.string().max(100_000),
  z.number(),
  z.array(z.string().max(100)).max(200),
]);

/** An exercise assigned in an engagement: what it is, where it stands. */
export const exerciseSummary = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  template: z.object({
    id: z.string(),
    kind: templateKind,
    version: z.number().int().nullable(),
    title: z.string(),
    purpose: z.string(),
    minutes: z.number().int().nullable(),
  }),
  status: z.enum(EXERCISE_STATUSES),
  answered: z.number().int(),
  questionCount: z.number().int(),
  requiredCount: z.number().int(),
  hasWheel: z.boolean(),
  dueDate: z.string().nullable(),
  assignedAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  submittedAt: z.iso.datetime().nullable(),
  withdrawnAt: z.iso.datetime().nullable(),
});
export type ExerciseSummary = z.output<typeof exerciseSummary>;

export const exerciseView = exerciseSummary.extend({
  ...contentView,
  answers: z
    .record(z.string(), answerValue)
    .nullable()
    .describe("The answers so far; null for the coach until the client submits"),
});
export type ExerciseView = z.output<typeof exerciseView>;
export type ExerciseAnswers = NonNullable<ExerciseView["answers"]>;

export const assignExerciseBody = z.object({
  templateId: z.string().min(1, "Choose an exercise").max(100, "Choose an exercise"),
  dueDate: isoDate.nullable().optional(),
});
export type AssignExerciseBody = z.input<typeof assignExerciseBody>;

export const saveExerciseAnswersBody = z.object({
  answers: z
    .record(z.string().max(100), answerValue.nullable())
    .refine((answers) => Object.keys(answers).length > 0, "Send at least one answer")
    .refine((answers) => Object.keys(answers).length <= 200, "Send at most 200 answers at once")
    .describe("Answers by question id; null clears one. Answers not sent stay as they are."),
});

/** PUT /api/exercises/:id/answers: where the draft stands after the save. */
export const savedExerciseAnswers = z.object({
  status: z.enum(EXERCISE_STATUSES),
  answered: z.number().int(),
  questionCount: z.number().int(),
  answers: z.record(z.string(), answerValue),
});
export type SavedExerciseAnswers = z.output<typeof savedExerciseAnswers>;
