import { z } from "zod";

// The change report (stage 5, docs/decisions/025-change-report.md):
//   GET /api/engagements/:id/change-report   (the client and the coach of the engagement)
// Each 360 competency per shown reporting unit and for all others, between the baseline's and
// the repeat's frozen reports, and each personality scale between the first and the latest
// submitted response of the same instrument. A figure is judged by the reliable change index
// (Jacobson and Truax 1991); the SD and reliability used always travel beside it.

export const changeVerdict = z.enum(["reliably_higher", "reliably_lower", "no_reliable_change"]);
export type ChangeVerdictView = z.infer<typeof changeVerdict>;

/** The judged change of one figure; null on a row when it cannot be judged (reason says why). */
export const changeFigure = z.object({
  difference: z.number(),
  /** The difference's 95% interval. */
  interval: z.object({ low: z.number(), high: z.number() }),
  rci: z.number(),
  verdict: changeVerdict,
  /** The verdict in words, with the interval, SD and reliability ("No reliable change: ..."). */
  words: z.string(),
});

/** One compared figure: a competency for one unit (or all others), or one personality scale. */
export const changeRow = z.object({
  /** Unit id ("manager", "peer", "direct_report+other", ...) or "others"; the scale id for a scale. */
  id: z.string(),
  label: z.string(),
  baseline: z.number().nullable(),
  now: z.number().nullable(),
  /** The SD used, in the measure's units, and where it comes from in words. */
  sd: z.number().nullable(),
  sdSource: z.string(),
  /** The reliability used (0 to 1) and where it comes from in words. */
  reliability: z.number().nullable(),
  reliabilitySource: z.string(),
  change: changeFigure.nullable(),
  /** Why there is no judged change, when there is none (e.g. "Not shown in both reports"). */
  notComparedBecause: z.string().nullable(),
  /** E.g. "Different raters make a weaker comparison"; null when there is nothing to add. */
  caveat: z.string().nullable(),
});
export type ChangeRow = z.infer<typeof changeRow>;

export const competencyChange = z.object({
  competencyId: z.string(),
  name: z.string(),
  rows: z.array(changeRow),
});

export const roundRef = z.object({
  campaignId: z.uuid(),
  releasedAt: z.iso.datetime(),
  responses: z.int().min(0),
});

export const feedbackChange = z.object({
  baseline: roundRef,
  repeat: roundRef,
  /** Whether the repeat invited exactly the baseline's raters. */
  sameRaters: z.boolean(),
  scale: z.object({ min: z.number(), max: z.number() }),
  competencies: z.array(competencyChange),
});

export const scaleChangeSet = z.object({
  instrumentId: z.string(),
  instrumentName: z.string(),
  baselineSubmittedAt: z.iso.datetime(),
  latestSubmittedAt: z.iso.datetime(),
  scale: z.object({ min: z.number(), max: z.number() }),
  scales: z.array(changeRow),
});

export const changeReport = z.object({
  engagementId: z.uuid(),
  /** What "reliable change" means, in plain words. */
  explanation: z.string(),
  /** Null when there are not two released 360 rounds (a baseline and a repeat of it). */
  feedback: feedbackChange.nullable(),
  /** Why feedback is null, in words; null when it is not. */
  feedbackMissing: z.string().nullable(),
  /** One entry per instrument the client submitted at least twice. */
  personality: z.array(scaleChangeSet),
});
export type ChangeReport = z.infer<typeof changeReport>;

export const changeReportParams = z.object({ id: z.uuid("Not an engagement id") });
