import { z } from "zod";
import { isoDate, personRef } from "./common";
import { dueItem, dueThisWeekQuery } from "./goals";

// Commitments (stage 4): action items with an owner and a due date, made in a session or added
// on the engagement at any time, perhaps towards one of its goals; marked done, partly done or
// not done with a note, and commented on by the coach and the client.

const text = (max: number) =>
  z.string("Write this as text").trim().max(max, `Keep this under ${max} characters`);

export const COMMITMENT_STATUSES = ["open", "done", "partly_done", "not_done"] as const;
export const commitmentStatus = z.enum(COMMITMENT_STATUSES, {
  error: "Choose open, done, partly_done or not_done",
});
export type CommitmentStatus = z.output<typeof commitmentStatus>;

export const commitmentComment = z.object({
  id: z.uuid(),
  author: personRef,
  text: z.string(),
  createdAt: z.string(),
});
export type CommitmentComment = z.output<typeof commitmentComment>;

export const commitment = z.object({
  id: z.uuid(),
  /** The session it was made in; null for one added on the engagement. */
  sessionId: z.uuid().nullable(),
  goal: z.object({ id: z.uuid(), statement: z.string() }).nullable(),
  /** Shared by the occurrences of a repeating commitment; null for a single one. */
  seriesId: z.uuid().nullable(),
  text: z.string(),
  /** The engagement's coach or client. */
  owner: personRef,
  dueOn: isoDate,
  status: commitmentStatus,
  note: z.string().nullable(),
  markedAt: z.string().nullable(),
  markedBy: personRef.nullable(),
  createdBy: personRef,
  createdAt: z.string(),
  /** Its thread, oldest first. */
  comments: z.array(commitmentComment),
});
export type Commitment = z.output<typeof commitment>;

const goalId = z.uuid("Choose one of the engagement's goals");

// POST /api/sessions/:id/commitments and POST /api/engagements/:id/commitments (201: the first)
export const commitmentInput = z.strictObject({
  text: text(500).min(1, "Write what was committed to"),
  ownerId: z.uuid("Choose the coach or the client"),
  dueOn: isoDate,
  goalId: goalId.nullable().optional(),
  /** Repeats every N weeks from `dueOn` until a day: each occurrence a commitment of its own. */
  repeat: z
    .strictObject({
      everyWeeks: z
        .int("Give a whole number of weeks")
        .min(1, "Repeat every 1 to 12 weeks")
        .max(12, "Repeat every 1 to 12 weeks"),
      until: isoDate,
    })
    .optional(),
});
export type CommitmentInput = z.input<typeof commitmentInput>;

// PATCH /api/session-commitments/:id
export const commitmentChange = z
  .strictObject({
    text: text(500).min(1, "Write what was committed to").optional(),
    ownerId: z.uuid("Choose the coach or the client").optional(),
    dueOn: isoDate.optional(),
    goalId: goalId.nullable().optional(),
    /** How it went, marked by its owner or the coach; "open" reopens it (either of them). */
    status: commitmentStatus.optional(),
    note: text(1000).nullable().optional(),
  })
  .refine((change) => Object.values(change).some((value) => value !== undefined), {
    message: "Give at least one of text, ownerId, dueOn, goalId, status or note",
  })
  .refine((change) => change.note === undefined || change.status !== undefined, {
    message: "Give the status the note goes with",
    path: ["note"],
  });
export type CommitmentChange = z.input<typeof commitmentChange>;

// POST /api/session-commitments/:id/comments
export const commitmentCommentInput = z.strictObject({
  text: text(1000).min(1, "Write a comment"),
});
export type CommitmentCommentInput = z.input<typeof commitmentCommentInput>;

// GET /api/engagements/:id/commitments
export const commitmentListQuery = z.strictObject({
  who: z
    .enum(["mine", "all"], { error: "Choose mine or all" })
    .default("mine")
    .describe("The viewer's own commitments, or both people's"),
  timeZone: dueThisWeekQuery.shape.timeZone,
});
export type CommitmentListQuery = z.input<typeof commitmentListQuery>;

export const commitmentList = z.object({
  today: isoDate,
  /** Open commitments, overdue first, then by due date. */
  open: z.array(commitment.extend({ overdue: z.boolean() })),
  /** The latest marked ones (at most 20), most recently marked first. */
  marked: z.array(commitment),
  /** What the client's goals and plans have due this week, as on their home. */
  fromGoals: z.array(dueItem),
  mayAdd: z.boolean(),
  /** The engagement's open goals a commitment may be tied to. */
  goals: z.array(z.object({ id: z.uuid(), statement: z.string() })),
  coach: personRef,
  client: personRef,
});
export type CommitmentList = z.output<typeof commitmentList>;
