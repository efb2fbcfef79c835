import { z } from "zod";
import { STAGES } from "../domain/engagement/stages";
import { isoDate, personRef } from "./common";

export const stage = z.enum(STAGES);
export type Stage = z.output<typeof stage>;

const stageChange = z.object({
  from: stage.nullable(),
  to: stage,
  at: z.iso.datetime(),
  by: personRef,
  reason: z.string().nullable().describe("Why the coach moved on before the stage's work was done"),
});
export type StageChange = z.output<typeof stageChange>;

/**
 * One engagement as GET /api/engagements/:id (and every change to it) returns it: its facts
 * with its stage history, which always starts with the opening entry (from: null).
 */
export const engagementView = z.object({
  id: z.uuid(),
  title: z.string(),
  startDate: z.string(),
  plannedEndDate: z.string().nullable().describe("When the coaching is meant to end, if set"),
  sessionsPlanned: z.number().int(),
  sessionsUsed: z.number().int(),
  stage,
  coach: personRef,
  client: personRef,
  sponsor: personRef.nullable(),
  createdAt: z.iso.datetime(),
  nextStep: z.string(),
  allowedStages: z.array(stage),
  history: z.array(stageChange),
  sessionsNeed: z
    .string()
    .nullable()
    .describe(
      "For the coach of an engagement in planning: what its goals lack before sessions start; null when ready",
    ),
});
export type EngagementView = z.output<typeof engagementView>;

/** An engagement in a list: everything but its history. */
export const engagementSummary = engagementView.omit({ history: true, sessionsNeed: true });
export type EngagementSummary = z.output<typeof engagementSummary>;

/** A page of GET /api/engagements: newest first; nextCursor asks for the next page, if any. */
export const engagementPage = z.object({
  items: z.array(engagementSummary),
  nextCursor: z.string().nullable(),
});
export type EngagementPage = z.output<typeof engagementPage>;

const title = z.string().trim().min(3, "Use at least 3 characters").max(160);
const sessionsPlanned = z.number().int("Use a whole number").min(1).max(200);

const plannedEndDate = isoDate.nullable();

export const createEngagementBody = z.object({
  clientId: z.uuid("Choose a client"),
  title,
  startDate: isoDate,
  plannedEndDate: plannedEndDate.optional(),
  sessionsPlanned,
  sponsorId: z.uuid().nullable().optional(),
});
export type CreateEngagementBody = z.input<typeof createEngagementBody>;

export const updateEngagementBody = z
  .object({
    title,
    startDate: isoDate,
    plannedEndDate,
    sessionsPlanned,
    sponsorId: z.uuid().nullable(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, "Send at least one field to change");
export type UpdateEngagementBody = z.input<typeof updateEngagementBody>;

export const moveStageBody = z.object({
  to: stage,
  reason: z
    .string()
    .trim()
    .min(1, "Say why you move on anyway")
    .max(500, "Keep this under 500 characters")
    .optional()
    .describe("Needed to move to active sessions before a goal has a measure and a plan"),
});
export type MoveStageBody = z.input<typeof moveStageBody>;
