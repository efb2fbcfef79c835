import { z } from "zod";
import type { FeedbackReport } from "../domain/feedback/report-types";
import { raterGroup } from "./feedback";

// The 360 report as the API sends it. Responses are written from this schema field by field, so
// every field of FeedbackReport must be here; the `satisfies` below makes the compiler say so.

const count = z.int().min(0);
const score = z.number();

const reportUnit = z.object({
  id: z.string(),
  label: z.string(),
  groups: z.array(raterGroup),
  responses: count,
  threshold: count,
});

const cell = z.object({
  n: count,
  mean: score,
  sd: score,
  distribution: z.tuple([count, count, count, count, count]),
  notObserved: count,
});

const itemResult = z.object({
  id: z.string(),
  text: z.string(),
  competencyId: z.string(),
  self: score.nullable(),
  others: cell.nullable(),
  byUnit: z.record(z.string(), cell.nullable()),
  split: z.boolean(),
});

const competencyResult = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  self: score.nullable(),
  others: score.nullable(),
  byUnit: z.record(z.string(), score.nullable()),
  gap: score.nullable(),
});

const itemHighlight = z.object({
  itemId: z.string(),
  competencyId: z.string(),
  competency: z.string(),
  text: z.string(),
  self: score.nullable(),
  others: score,
});

const unitExtremes = z.object({
  unitId: z.string(),
  label: z.string(),
  highest: itemHighlight.nullable(),
  lowest: itemHighlight.nullable(),
});

const reportRules = z.object({
  threshold: z.string(),
  merging: z.string(),
  strengths: z.string(),
  blindSpot: z.string(),
  hiddenStrength: z.string(),
  split: z.string(),
});

const commentSection = z.object({
  questionId: z.string(),
  question: z.string(),
  comments: z.array(z.object({ unit: z.string(), text: z.string() })),
});

export const feedbackReport = z
  .object({
    modelName: z.string(),
    threshold: count,
    managerIdentified: z.boolean(),
    scale: z.object({ min: count, max: count, labels: z.array(z.string()) }),
    selfRated: z.boolean(),
    units: z.array(reportUnit),
    responses: count,
    withheldResponses: count,
    competencies: z.array(competencyResult),
    items: z.array(itemResult),
    strengths: z.array(itemHighlight),
    developmentAreas: z.array(itemHighlight),
    blindSpots: z.array(itemHighlight),
    hiddenStrengths: z.array(itemHighlight),
    extremesByUnit: z.array(unitExtremes),
    comments: z.array(commentSection),
    rules: reportRules,
    /** How many raters were added after answers began, and approved; absent in older reports. */
    lateRaters: z.object({ count, approved: count, note: z.string() }).optional(),
  })
  .describe("A 360 report: only figures that rest on enough answers, and comments without names");

/** Fails to compile if FeedbackReport gains, loses or changes a field the schema does not. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesReport: Same<z.infer<typeof feedbackReport>, FeedbackReport> = true;
void schemaMatchesReport;
