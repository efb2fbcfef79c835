import { z } from "zod";
import {
  MAX_IF_THEN_PER_ITEM,
  MAX_ITEM_TEXT,
  MAX_ITEM_TITLE,
  MAX_SUSTAIN_ITEMS,
  SUSTAIN_ITEM_KINDS,
} from "../domain/sustain/plan";
import { isoDate } from "./common";

// The sustain plan (stage 5): the habits, mindsets and skills that carry the growth on, the
// client's choices of mail after the end, the self check-ins and the form their mailed link opens.

const text = (max: number) =>
  z.string("Write this as text").trim().max(max, `Keep this under ${max} characters`);

export const ifThenInput = z.strictObject({
  situation: text(400),
  action: text(400),
});

export const sustainItem = z.strictObject({
  id: z.uuid("Give each item an id"),
  kind: z.enum(SUSTAIN_ITEM_KINDS, "Choose habit, mindset or new skill"),
  title: text(MAX_ITEM_TITLE * 2),
  cue: text(MAX_ITEM_TEXT * 2),
  check: text(MAX_ITEM_TEXT * 2),
  ifThen: z.array(ifThenInput).max(MAX_IF_THEN_PER_ITEM * 2, "Too many if-then plans"),
});
export type SustainItemInput = z.input<typeof sustainItem>;

export const sustainPlanInput = z.strictObject({
  items: z.array(sustainItem).max(MAX_SUSTAIN_ITEMS * 2, "Too many items"),
});
export type SustainPlanInput = z.input<typeof sustainPlanInput>;

export const sustainChoicesInput = z.strictObject({
  quarterly: z.boolean("Say whether quarterly check-ins should come"),
  tellCoach: z.boolean("Say whether your coach is told of a slip"),
});
export type SustainChoicesInput = z.input<typeof sustainChoicesInput>;

export const sustainCheckInView = z.object({
  due: isoDate,
  status: z
    .enum(["answered", "waiting", "missed", "skipped"])
    .describe(
      "waiting: mailed, its link still open; missed: its link expired unanswered; skipped: never mailed",
    ),
  answeredAt: z.string().nullable(),
  ratings: z.array(z.object({ itemId: z.string(), rating: z.number().int() })),
  howItWent: z.string().nullable(),
  note: z.string().nullable(),
});
export type SustainCheckInView = z.output<typeof sustainCheckInView>;

export const sustainSlip = z.object({ itemId: z.string(), since: isoDate, reason: z.string() });

export const sustainPlan = z.object({
  items: z.array(sustainItem),
  quarterly: z.boolean(),
  tellCoach: z.boolean(),
  /** Whether the viewer may change the items now (client or coach, in review or sustaining). */
  editable: z.boolean(),
  /** Whether the viewer may change the choices (the client, before closing). */
  choicesEditable: z.boolean(),
  endedOn: isoDate
    .nullable()
    .describe("The day the coaching ended: the self check-ins count from it"),
  nextCheckIn: isoDate.nullable(),
  checkIns: z.array(sustainCheckInView).describe("Newest first"),
  slips: z.array(sustainSlip),
  updatedAt: z.string().nullable(),
});
export type SustainPlan = z.output<typeof sustainPlan>;

export const sustainCheckInForm = z.object({
  clientName: z.string(),
  coachName: z.string(),
  due: isoDate,
  items: z.array(sustainItem),
});
export type SustainCheckInForm = z.output<typeof sustainCheckInForm>;

export const sustainCheckInInput = z.strictObject({
  ratings: z
    .array(
      z.strictObject({
        itemId: z.uuid("Choose an item of this check-in"),
        rating: z
          .number("Rate it from 1 to 5")
          .int("Rate it from 1 to 5")
          .min(1, "Rate it from 1 to 5")
          .max(5, "Rate it from 1 to 5"),
      }),
    )
    .max(MAX_SUSTAIN_ITEMS * 2, "Too many ratings"),
  howItWent: text(2000).default(""),
  note: text(2000).default(""),
});
export type SustainCheckInInput = z.input<typeof sustainCheckInInput>;

export const sustainCheckInSent = z.object({ due: isoDate, nextCheckIn: isoDate.nullable() });
export type SustainCheckInSent = z.output<typeof sustainCheckInSent>;
