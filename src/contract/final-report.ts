import { z } from "zod";
import { GOAL_OUTCOMES, REFLECTION_QUESTIONS } from "../domain/review/reflection-questions";
import { SHARE_KINDS, SUMMARY_MAX_LENGTH } from "../domain/review/report-sharing";
import { changeReport } from "./change-report";
import { isoDate } from "./common";
import { goalStatus } from "./goals";
import { sustainItem } from "./sustain";

// The final report the client keeps (stage 5, docs/decisions/026), and what of it the client
// shares with the engagement's sponsor.

const outcomeSide = z.object({
  outcome: z.enum(GOAL_OUTCOMES).nullable(),
  words: z.string(),
});

export const finalReportGoal = z.object({
  id: z.uuid(),
  statement: z.string(),
  measure: z
    .object({ what: z.string(), unit: z.string(), direction: z.enum(["higher", "lower"]) })
    .nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  startDate: isoDate,
  dueDate: isoDate.nullable(),
  final: z.object({ value: z.number(), on: isoDate }).nullable().describe("The latest measure"),
  measurements: z.array(z.object({ on: isoDate, value: z.number() })),
  state: z.enum(["open", "achieved", "dropped", "replaced"]),
  status: goalStatus,
  /** Both sides' outcomes, once both have shared the final review; null before. */
  outcomes: z.object({ client: outcomeSide.nullable(), coach: outcomeSide.nullable() }).nullable(),
});
export type FinalReportGoal = z.output<typeof finalReportGoal>;

const reflectionSide = z.object({
  answers: z.partialRecord(z.enum(REFLECTION_QUESTIONS.map((q) => q.id)), z.string()),
  sharedAt: z.iso.datetime(),
});

export const finalReport = z.object({
  engagementId: z.uuid(),
  engagementTitle: z.string(),
  clientName: z.string(),
  coachName: z.string(),
  stage: z.enum(["review", "sustaining", "closed"]),
  startDate: isoDate,
  preparedOn: isoDate,
  /** The summary the client wrote for the report; empty until they do. */
  summary: z.string(),
  glance: z.object({
    goals: z.number().int(),
    sessionsHeld: z.number().int(),
    sessionsPlanned: z.number().int(),
    commitmentsDone: z.number().int(),
    commitmentsCounted: z.number().int().describe("Commitments marked done, partly or not done"),
  }),
  goals: z.array(finalReportGoal),
  /** The final review's reflections: both sides once both have shared, neither before. */
  reflections: z.object({
    bothShared: z.boolean(),
    client: reflectionSide.nullable(),
    coach: reflectionSide.nullable(),
  }),
  sustainItems: z.array(sustainItem),
  /** The 360 and questionnaires re-taken, compared with the baseline (decision 025). */
  change: changeReport,
});
export type FinalReport = z.output<typeof finalReport>;

export const sharingInput = z.strictObject({
  summary: z
    .string("Write the summary as text")
    .trim()
    .max(SUMMARY_MAX_LENGTH, `Keep the summary under ${SUMMARY_MAX_LENGTH} characters`),
  shareSummary: z.boolean("Say whether the summary is shared"),
  goalStatus: z.array(z.uuid("Choose a goal of this engagement")).max(50, "Too many goals"),
  goalOutcome: z.array(z.uuid("Choose a goal of this engagement")).max(50, "Too many goals"),
});
export type SharingInput = z.input<typeof sharingInput>;

export const sponsorRead = z.object({
  at: z.iso.datetime(),
  sponsorName: z.string(),
  kinds: z.array(z.enum(SHARE_KINDS)),
  /** "your goal titles and status": what the read saw, in words. */
  words: z.string(),
});
export type SponsorRead = z.output<typeof sponsorRead>;

export const sharingView = z.object({
  summary: z.string(),
  shareSummary: z.boolean(),
  goalStatus: z.array(z.uuid()),
  goalOutcome: z.array(z.uuid()),
  /** Whether the viewer may change the choice (the client). */
  editable: z.boolean(),
  sponsorName: z.string().nullable().describe("Null: the engagement has no sponsor"),
  reads: z.array(sponsorRead).describe("Newest first, the latest 100"),
  updatedAt: z.iso.datetime().nullable(),
});
export type SharingView = z.output<typeof sharingView>;

export const sharedReport = z.object({
  engagementTitle: z.string(),
  clientName: z.string(),
  summary: z.string().nullable().describe("Null unless the client shares it"),
  goals: z.array(
    z.object({
      id: z.uuid(),
      statement: z.string(),
      status: z.object({ status: goalStatus.shape.status, label: z.string() }),
      outcomes: z
        .object({
          client: z.enum(GOAL_OUTCOMES).nullable(),
          coach: z.enum(GOAL_OUTCOMES).nullable(),
        })
        .nullable()
        .describe("Null unless the client shares it and both sides have given theirs"),
    }),
  ),
});
export type SharedReport = z.output<typeof sharedReport>;
