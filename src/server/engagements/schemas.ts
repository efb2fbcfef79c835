import { z } from "zod";
import { STAGES } from "../../domain/engagement/stages";

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

export const LIST_LIMIT_DEFAULT = 50;
export const LIST_LIMIT_MAX = 100;

/** Where a page of the engagement list ends: the sort key of its last row, newest first. */
const listPosition = z.strictObject({ startDate: isoDate, id: z.uuid() });
export type ListPosition = z.infer<typeof listPosition>;

/** The opaque cursor of the next page: the last row's key as base64url JSON. */
export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify(position)).toString("base64url");
}

function decodeCursor(value: string): ListPosition | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) return null;
  try {
    const parsed = listPosition.safeParse(JSON.parse(Buffer.from(value, "base64url").toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const listCursor = z
  .string()
  .transform((value, ctx) => {
    const position = decodeCursor(value);
    if (position) return position;
    ctx.issues.push({
      code: "custom",
      input: value,
      message: "Use the nextCursor of the previous page, unchanged",
    });
    return z.NEVER;
  })
  .describe("The nextCursor of the previous page; leave it out for the first page");

export const listEngagementsQuery = z.object({
  limit: z.coerce
    .number("Use a number")
    .int("Use a whole number")
    .min(1, "Ask for at least 1 engagement")
    .max(LIST_LIMIT_MAX, `Ask for at most ${LIST_LIMIT_MAX} engagements a page`)
    .default(LIST_LIMIT_DEFAULT)
    .describe(
      `Engagements per page, ${LIST_LIMIT_DEFAULT} unless asked, ${LIST_LIMIT_MAX} at most`,
    ),
  cursor: listCursor.optional(),
  stage: stage.optional().describe("Only engagements in this stage"),
  q: z
    .string()
    .trim()
    .max(160, "Search with at most 160 characters")
    .transform((text) => text || undefined)
    .optional()
    .describe("Only engagements whose title or client's name contains this text"),
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
