import { z } from "zod";
import { ASSESSMENT_STATUSES } from "../../domain/assessment/assessment-status";
import { isoDate } from "../engagements/schemas";

export const instrumentSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  shortName: z.string(),
  summary: z.string(),
  minutes: z.number(),
  itemCount: z.number().int(),
});

export const assessmentSummary = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  instrument: instrumentSummary,
  status: z.enum(ASSESSMENT_STATUSES),
  answered: z.number().int(),
  itemCount: z.number().int(),
  dueDate: z.string().nullable(),
  assignedAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  submittedAt: z.iso.datetime().nullable(),
});
export type AssessmentSummary = z.infer<typeof assessmentSummary>;

export const assessmentForm = assessmentSummary.extend({
  instructions: z.string(),
  responseScale: z.array(z.object({ value: z.number().int(), label: z.string() })),
  itemsPerPage: z.number().int(),
  items: z.array(z.object({ id: z.string(), text: z.string() })),
  answers: z
    .record(z.string(), z.number().int())
    .nullable()
    .describe("The answers so far; null for the coach until the client submits"),
});

export const assignAssessmentBody = z.object({
  instrumentId: z.string().min(1, "Choose a questionnaire"),
  dueDate: isoDate.nullable().optional(),
});

export const saveAnswersBody = z.object({
  answers: z
    .record(z.string(), z.number("Answer with one of the scale's values"))
    .refine((answers) => Object.keys(answers).length > 0, "Send at least one answer")
    .refine((answers) => Object.keys(answers).length <= 500, "Send at most 500 answers at once"),
});

export const savedAnswers = z.object({
  status: z.enum(ASSESSMENT_STATUSES),
  answered: z.number().int(),
  itemCount: z.number().int(),
});

const interpretation = z.object({ about: z.string(), high: z.string(), low: z.string() });

export const scaleResult = z.object({
  scaleId: z.string(),
  name: z.string(),
  kind: z.enum(["scale", "domain", "facet"]),
  parent: z.string().optional(),
  score: z.number().nullable(),
  answered: z.number().int(),
  itemCount: z.number().int(),
  noScore: z
    .object({
      code: z.literal("too_many_missing"),
      missing: z.number().int(),
      allowedMissing: z.number().int(),
      message: z.string(),
    })
    .optional(),
  band: z
    .object({
      low: z.number(),
      high: z.number(),
      sem: z.number(),
      alpha: z.number(),
      alphaFrom: z.enum(["published", "practice"]),
      sd: z.number(),
      level: z.number(),
    })
    .nullable(),
  bandNote: z.string().nullable(),
  percentile: z.number().nullable(),
  interpretation,
});

export const assessmentResults = z.object({
  assessment: assessmentSummary,
  instrument: z.object({
    name: z.string(),
    source: z.string(),
    license: z.string(),
    licenseStatement: z.string(),
    citations: z.array(z.string()),
    notices: z.array(z.string()),
  }),
  range: z.object({ min: z.number(), max: z.number() }),
  population: z.object({
    size: z.number().int(),
    minimum: z.number().int(),
    normsAvailable: z.boolean(),
  }),
  scales: z.array(scaleResult),
});
