import { z } from "zod";
import { personRef } from "./common";
import { sessionWork } from "./session-work";

// Stage 3: a coach's bookable hours, one-to-one sessions and what is written for each.

const text = (max: number) =>
  z.string("Write this as text").trim().max(max, `Keep this under ${max} characters`);
const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Give a time like "08:30"')
  .describe("A local wall-clock time, HH:MM");
/** An IANA zone name; whether the zone exists is checked by the server (an unknown one is a 400). */
export const timeZone = z.string().trim().min(1).max(64).describe('e.g. "Europe/London"');
const instant = z.iso.datetime({
  offset: true,
  error: "Give a date and time like 2027-03-01T09:00:00Z",
});
/** Markdown; rendered with raw HTML off, so HTML a person wrote shows as text. */
const markdown = text(20_000);

export const weeklyWindow = z.strictObject({
  weekday: z.number().int().min(1, "1 is Monday").max(7, "7 is Sunday"),
  start: clock,
  end: clock,
});

// ---- Availability (the coach's own; GET and PUT /api/me/availability) ----

/** A whole number from `min` to `max`, with the words a coach reads beside the field. */
const wholeFromTo = (min: number, max: number, unit: string) =>
  z
    .number(`Give a number of ${unit}`)
    .int(`Give a whole number of ${unit}`)
    .min(min, `Give at least ${min} ${unit}`)
    .max(max, `Give at most ${max} ${unit}`);

export const availabilityInput = z.strictObject({
  timeZone,
  weekly: z.array(weeklyWindow).max(50, "Give at most 50 stretches of hours"),
  sessionMinutes: wholeFromTo(15, 240, "minutes"),
  bufferMinutes: wholeFromTo(0, 120, "minutes"),
  minNoticeHours: wholeFromTo(0, 24 * 14, "hours"),
  horizonDays: wholeFromTo(1, 365, "days"),
  lateCancelHours: wholeFromTo(0, 24 * 7, "hours"),
  maxMoves: wholeFromTo(0, 10, "moves"),
});
export type AvailabilityInput = z.input<typeof availabilityInput>;
export const availability = availabilityInput.extend({
  /** False until the coach first saves their hours: then the defaults are shown. */
  saved: z.boolean(),
});
export type Availability = z.output<typeof availability>;

// ---- Free slots (GET /api/engagements/:id/slots?from=&to=&timeZone=) ----

export const slotsQuery = z.strictObject({
  from: z.iso.date("Use a date like 2027-03-01"),
  to: z.iso.date("Use a date like 2027-03-31"),
  /** The reader's zone: each slot also carries its local date and time there. */
  timeZone: timeZone.optional(),
});
export const slot = z.object({
  startsAt: z.string().describe("UTC, ISO 8601"),
  endsAt: z.string(),
  /** Day and time where the reader is. */
  localDate: z.string(),
  localTime: z.string(),
});
export const slotList = z.object({
  slots: z.array(slot),
  timeZone: z.string(),
  /** Why there are none, when there are none: no hours set, allowance used, beyond the horizon. */
  emptyBecause: z.string().nullable(),
});
export type SlotList = z.output<typeof slotList>;

// ---- Sessions ----

export const sessionMode = z.enum(["in_person", "phone", "video"], {
  error: "Choose in person, phone or video",
});
export type SessionMode = z.output<typeof sessionMode>;

/** POST /api/engagements/:id/sessions: the client books a free slot; the coach may book any time. */
export const bookSessionInput = z.strictObject({
  startsAt: instant,
  mode: sessionMode,
  /** The address or phone number; for video, a link that overrides the engagement's. */
  place: text(500).optional(),
  timeZone: timeZone.optional(),
});
export type BookSessionInput = z.input<typeof bookSessionInput>;

/** POST /api/sessions/:id/move */
export const moveSessionInput = z.strictObject({
  startsAt: instant,
  reason: text(500).optional(),
});
/** POST /api/sessions/:id/cancel */
export const cancelSessionInput = z.strictObject({ reason: text(500).optional() });
/** PATCH /api/sessions/:id: the mode and place only. */
export const updateSessionInput = z.strictObject({
  mode: sessionMode.optional(),
  place: text(500).optional(),
});

export const sessionStatus = z.enum(["scheduled", "cancelled"]);
export const sessionSummary = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  engagementTitle: z.string(),
  coach: personRef,
  client: personRef,
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  mode: sessionMode,
  /** The address, number or meeting link (the engagement's link when the session has none). */
  place: z.string(),
  /** A video session without a link of its own: `place` is the engagement's link. */
  usesEngagementLink: z.boolean(),
  status: sessionStatus,
  /** "upcoming", "past" or "cancelled": what the pages group by. */
  when: z.enum(["upcoming", "past", "cancelled"]),
  moves: z.number().int(),
  movesLeft: z.number().int(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  /** A late cancellation counted against the allowance. */
  countsAsUsed: z.boolean(),
  sequence: z.number().int(),
  /** The series this session is an occurrence of, if any. */
  seriesId: z.uuid().nullable(),
  /** That series' rule in words, e.g. "Every second Tuesday at 08:30, London time". */
  seriesRule: z.string().nullable(),
});
export type SessionSummary = z.output<typeof sessionSummary>;

/** GET /api/engagements/:id/sessions */
export const sessionList = z.object({
  sessions: z.array(sessionSummary),
  allowance: z.object({
    planned: z.number().int(),
    /** Held, booked ahead, and late cancellations that count. */
    used: z.number().int(),
    left: z.number().int(),
  }),
  meetingLink: z.string().nullable(),
  /** The coach's rule: a client's cancellation less than this many hours ahead counts as used. */
  lateCancelHours: z.number().int(),
  /** What the viewer may do here. */
  mayBook: z.boolean(),
});
export type SessionList = z.output<typeof sessionList>;

/** PUT /api/engagements/:id/meeting-link (coach) */
export const meetingLinkInput = z.strictObject({
  meetingLink: z
    .url({ protocol: /^https$/, error: "Give the meeting's https:// link" })
    .max(500)
    .nullable(),
});

/** What PUT /api/engagements/:id/meeting-link answers */
export const meetingLinkResult = z.object({
  meetingLink: z.string().nullable(),
  /** Upcoming video sessions whose invitations were sent again with the new link. */
  updatedSessions: z.number().int(),
});
export type MeetingLinkResult = z.output<typeof meetingLinkResult>;

// ---- The session page (GET /api/sessions/:id) ----

export const agendaItem = z.object({
  id: z.uuid(),
  text: z.string(),
  addedBy: personRef,
  createdAt: z.string(),
});
export const sessionNote = z.object({
  kind: z.enum(["feedback", "shared", "private"]),
  body: z.string(),
  /** The note as safe HTML (Markdown with raw HTML off). */
  html: z.string(),
  revision: z.number().int(),
  updatedBy: personRef.nullable(),
  updatedAt: z.string().nullable(),
});
export type SessionNote = z.output<typeof sessionNote>;
export const preparation = z.object({
  wins: z.string(),
  focus: z.string(),
  question: z.string(),
  updatedAt: z.string().nullable(),
});
export const reflection = z.object({
  learned: z.string(),
  differently: z.string(),
  rating: z.number().int().nullable(),
  updatedAt: z.string().nullable(),
});
export const sessionPage = sessionWork.extend({
  session: sessionSummary,
  agenda: z.array(agendaItem),
  preparation,
  /** The coach's feedback and guidance: both read it, the coach writes it. */
  feedback: sessionNote,
  /** Shared notes: both read and write them. */
  shared: sessionNote,
  /** The viewer's own private note: nobody else ever reads it. */
  privateNote: sessionNote,
  reflection,
  /** The coach's rule: a client's cancellation less than this many hours ahead counts as used. */
  lateCancelHours: z.number().int(),
  /** What the viewer may write here. */
  may: z.object({
    addAgenda: z.boolean(),
    writeFeedback: z.boolean(),
    writeShared: z.boolean(),
    writePreparation: z.boolean(),
    writeReflection: z.boolean(),
    move: z.boolean(),
    cancel: z.boolean(),
    /** Change how and where the session is held (PATCH /api/sessions/:id). */
    change: z.boolean(),
  }),
});
export type SessionPage = z.output<typeof sessionPage>;

export const agendaInput = z.strictObject({ text: text(500).min(1, "Write the agenda item") });
/** PUT /api/sessions/:id/notes/:kind; `revision` is the one the writer started from (409 if stale). */
export const noteInput = z.strictObject({
  body: markdown,
  revision: z.number().int().min(0),
});
/** The 409 of a note saved from a stale revision: nothing was saved; the note as it is now. */
export const staleNote = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
  current: sessionNote,
});
export const preparationInput = z.strictObject({
  wins: text(4000),
  focus: text(4000),
  question: text(4000),
});
export const reflectionInput = z.strictObject({
  learned: text(4000),
  differently: text(4000),
  rating: z.number().int().min(1, "Rate from 1 to 10").max(10, "Rate from 1 to 10").nullable(),
});

// ---- Calendar feed (GET/POST/DELETE /api/me/calendar-feed) ----

export const calendarFeed = z.object({
  /** Shown once, when made: only its hash is kept. */
  url: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string().nullable(),
});
export type CalendarFeed = z.output<typeof calendarFeed>;

/** PUT /api/me/time-zone: the browser says where the person is, for times in mails. */
export const timeZoneInput = z.strictObject({ timeZone });
