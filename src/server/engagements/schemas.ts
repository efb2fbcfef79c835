import { z } from "zod";
import { STAGES } from "../../domain/engagement/stages";
import { cursorParam, limitParam, searchParam } from "../http/keyset-page";

export const stage = z.enum(STAGES);
const personRef = z.object({ id: z.uuid(), name: z.string() });
export const isoDate = z.iso.date("Use a date like 2026-12-01");

export const engagementView = z.object({
  id: z.uuid(),
  title: z.string(),
  startDate: z.string(),
  sessionsPlanned: z.number().int(),
  sessionsUsed: z.number().int(),
  stage,
  coach: personRef,
  client: personRef,
  sponsor: personRef.nullable(),
  createdAt: z.iso.datetime(),
  nextStep: z.string(),
  allowedStages: z.array(stage),
  history: z.array(
    z.object({ from: stage.nullable(), to: stage, at: z.iso.datetime(), by: personRef }),
  ),
});
export type EngagementView = z.infer<typeof engagementView>;

/** An engagement in a list: everything but its history. */
export const engagementSummary = engagementView.omit({ history: true });
export type EngagementSummary = z.infer<typeof engagementSummary>;

/** Where a page of the engagement list ends: the sort key of its last row, newest first. */
const listPosition = z.strictObject({ startDate: isoDate, id: z.uuid() });
export type ListPosition = z.infer<typeof listPosition>;

export const listEngagementsQuery = z.object({
  limit: limitParam("engagement", "engagements"),
  cursor: cursorParam(listPosition).optional(),
  stage: stage.optional().describe("Only engagements in this stage"),
  q: searchParam("Only engagements whose title or client's name contains this text"),
});
export type ListEngagementsQuery = z.infer<typeof listEngagementsQuery>;

export const engagementPage = z.object({
  items: z.array(engagementSummary),
  nextCursor: z.string().nullable(),
});
export type EngagementPage = z.infer<typeof engagementPage>;

const title = z.string().trim().min(3, "Use at least 3 characters").max(160);
const sessionsPlanned = z.number().int("Use a whole number").min(1).max(200);

export const createEngagementBody = z.object({
  clientId: z.uuid("Choose a client"),
  title,
  startDate: isoDate,
  sessionsPlanned,
  sponsorId: z.uuid().nullable().optional(),
});

export const updateEngagementBody = z
  .object({ title, startDate: isoDate, sessionsPlanned, sponsorId: z.uuid().nullable() })
  .partial()
  .refine((body) => Object.keys(body).length > 0, "Send at least one field to change");
