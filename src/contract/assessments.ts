import { z } from "zod";
import { ASSESSMENT_STATUSES } from "../domain/assessment/assessment-status";
import { isoDate } from "./common";

export const assessmentStatus = z.enum(ASSESSMENT_STATUSES);
export type AssessmentStatus = z.output<typeof assessmentStatus>;

/** A questionnaire a coach can assign, as GET /api/instruments lists it. */
export const instrumentSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  shortName: z.string(),
  summary: z.string(),
  minutes: z.number(),
  itemCount: z.number().int(),
});
export type Instrument = z.output<typeof instrumentSummary>;

/** A questionnaire assigned in an engagement: its state and how far the client has got. */
export const assessmentSummary = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  instrument: instrumentSummary,
  status: assessmentStatus,
  answered: z.number().int(),
  itemCount: z.number().int(),
  dueDate: z.string().nullable(),
  assignedAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  submittedAt: z.iso.datetime().nullable(),
});
export type AssessmentSummary = z.output<typeof assessmentSummary>;

const responseOption = z.object({ value: z.number().int(), label: z.string() });
export type ResponseOption = z.output<typeof responseOption>;

/** One statement to answer; answers are keyed by its id. */
const assessmentItem = z.object({ id: z.string(), text: z.string() });
export type AssessmentItem = z.output<typeof assessmentItem>;

/** GET /api/assessments/:id: the questionnaire to take. */
export const assessmentForm = assessmentSummary.extend({
  instructions: z.string(),
  responseScale: z.array(responseOption),
  itemsPerPage: z.number().int(),
  items: z.array(assessmentItem),
  answers: z
    .record(z.string(), z.number().int())
    .nullable()
    .describe("The answers so far; null for the coach until the client submits"),
});
export type AssessmentForm = z.output<typeof assessmentForm>;

/** itemId -> the value chosen on the response scale. */
export type Answers = NonNullable<AssessmentForm["answers"]>;

export const assignAssessmentBody = z.object({
  instrumentId: z.string().min(1, "Choose a questionnaire"),
  dueDate: isoDate.nullable().optional(),
});
export type AssignAssessmentBody = z.input<typeof assignAssessmentBody>;

export const saveAnswersBody = z.object({
  answers: z
    .record(z.string(), z.number("Answer with one of the scale's values"))
    .refine((answers) => Object.keys(answers).length > 0, "Send at least one answer")
    .refine((answers) => Object.keys(answers).length <= 500, "Send at most 500 answers at once"),
});

/** PUT /api/assessments/:id/answers: where the questionnaire stands after the save. */
export const savedAnswers = z.object({
  status: assessmentStatus,
  answered: z.number().int(),
  itemCount: z.number().int(),
});
export type SavedAnswers = z.output<typeof savedAnswers>;

const interpretation = z.object({ about: z.string(), high: z.string(), low: z.string() });

/** The likely range of a score (95%), from its reliability and the spread in the practice. */
const scoreBand = z.object({
  low: z.number(),
  high: z.number(),
  sem: z.number(),
  alpha: z.number(),
  alphaFrom: z.enum(["published", "practice"]),
  sd: z.number(),
  level: z.number(),
});
export type ScoreBand = z.output<typeof scoreBand>;

/** One scored scale of a profile: a Big-Five scale, an IPIP-NEO domain or one of its facets. */
export const scaleResult = z.object({
  scaleId: z.string(),
  name: z.string(),
  kind: z.enum(["scale", "domain", "facet"]),
  /** The domain a facet belongs to. */
  parent: z.string().optional(),
  /** The mean of the keyed answers on the response scale; null with too many left out. */
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
  band: scoreBand.nullable(),
  /** Only for a scale without a score; how bands were made, or why not, is in `comparison.notes`. */
  bandNote: z.string().nullable(),
  /** 0 to 100: the share of the practice's scores below this one. */
  percentile: z.number().nullable(),
  interpretation,
});
export type ScaleResult = z.output<typeof scaleResult>;
export type ScaleKind = ScaleResult["kind"];

/** GET /api/assessments/:id/results: the scored profile, once the client has submitted. */
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
  /** What ranges and percentiles are read against, and the notes to show once for the profile. */
  comparison: z.object({
    basis: z.enum(["practice", "none"]),
    notes: z.array(z.string()),
  }),
  scales: z.array(scaleResult),
});
export type AssessmentResults = z.output<typeof assessmentResults>;
