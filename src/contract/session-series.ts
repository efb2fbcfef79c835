import { z } from "zod";
import { sessionMode, sessionSummary, timeZone } from "./sessions";

// Stage 3: a series of sessions the coach schedules at once by a recurrence rule (RFC 5545
// RRULE), e.g. every second Tuesday at 08:30 in London, four times.

const seriesPattern = {
  rrule: z
    .string("Write the rule as text")
    .trim()
    .min(1, "Give the rule, e.g. FREQ=WEEKLY;INTERVAL=2;COUNT=4")
    .max(200, "Keep the rule under 200 characters")
    .describe("The RRULE's value: FREQ DAILY, WEEKLY or MONTHLY, with COUNT or UNTIL"),
  firstDate: z.iso.date("Use a date like 2027-03-16").describe("The rule counts from this day"),
  localTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Give a time like "08:30"')
    .describe("The sessions' local time in timeZone, HH:MM"),
  timeZone,
};

/** POST /api/engagements/:id/series (the coach) */
export const seriesInput = z.strictObject({
  ...seriesPattern,
  mode: sessionMode,
  /** The address or phone number; for video, a link that overrides the engagement's. */
  place: z.string().trim().max(500, "Keep this under 500 characters").optional(),
});
export type SeriesInput = z.input<typeof seriesInput>;

/** GET /api/engagements/:id/series/preview: the dates a rule gives, before anything is saved. */
export const seriesPreviewQuery = z.strictObject(seriesPattern);
export type SeriesPreviewQuery = z.input<typeof seriesPreviewQuery>;

export const seriesOccurrence = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  /** Day and time in the series' zone. */
  localDate: z.string(),
  localTime: z.string(),
  /** The coach has another session then: scheduling the series would be refused. */
  clashes: z.boolean(),
});
export const seriesPreview = z.object({
  occurrences: z.array(seriesOccurrence),
  /** Sessions of the engagement's allowance still free. */
  sessionsLeft: z.number().int(),
  /** The rule as it would be kept (UNTIL replaced by its COUNT). */
  rrule: z.string(),
});
export type SeriesPreview = z.output<typeof seriesPreview>;

export const seriesSummary = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  rrule: z.string(),
  timeZone: z.string(),
  firstDate: z.string(),
  localTime: z.string(),
  durationMinutes: z.number().int(),
  mode: sessionMode,
  place: z.string(),
  sequence: z.number().int(),
  cancelledAt: z.string().nullable(),
  sessions: z.array(sessionSummary),
});
export type SeriesSummary = z.output<typeof seriesSummary>;
