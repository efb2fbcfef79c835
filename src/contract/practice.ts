import { z } from "zod";
import {
  MAXIMUM_ANONYMITY_THRESHOLD,
  MINIMUM_ANONYMITY_THRESHOLD,
} from "../domain/feedback/rater-groups";
import { stage } from "./engagements";
import { mailDelivery } from "./outbox";

export const practiceView = z.object({
  id: z.uuid(),
  name: z.string(),
  /** k of 360 feedback: the fewest answers any shown figure rests on; campaigns may raise it. */
  feedbackThreshold: z.int(),
  /** Coaches must sign in with a second factor; until they turn it on they can do nothing else. */
  requireTwoFactorForCoaches: z.boolean(),
  /**
   * How Keel's mail leaves: "smtp", sent; "held", kept (no mail server is set up), the practice's
   * invitations in its admin's outbox and other mail in the server's log only.
   */
  mailDelivery: mailDelivery,
  createdAt: z.iso.datetime(),
});
export type Practice = z.output<typeof practiceView>;

export const practiceChange = z
  .strictObject({
    name: z.string().trim().min(2).max(120).optional(),
    feedbackThreshold: z
      .int("Give a whole number")
      .min(
        MINIMUM_ANONYMITY_THRESHOLD,
        `At least ${MINIMUM_ANONYMITY_THRESHOLD}: fewer answers could point to one person`,
      )
      .max(MAXIMUM_ANONYMITY_THRESHOLD, `At most ${MAXIMUM_ANONYMITY_THRESHOLD}`)
      .optional(),
    requireTwoFactorForCoaches: z.boolean().optional(),
  })
  .refine((change) => Object.values(change).some((value) => value !== undefined), {
    message: "Change the name, the feedback threshold or the two-factor requirement",
  });
export type PracticeChange = z.input<typeof practiceChange>;

/** A member as the practice's lists show them. */
export const person = z.object({ id: z.uuid(), name: z.string(), email: z.string() });
export type Person = z.output<typeof person>;

export const coach = person.extend({ isAdmin: z.boolean() });
export type Coach = z.output<typeof coach>;

const clientView = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  joinedAt: z.iso.datetime(),
  engagementCount: z.number().int(),
});
export type Client = z.output<typeof clientView>;

/** A page of GET /api/clients, by name; nextCursor asks for the next page, if any. */
export const clientPage = z.object({
  items: z.array(clientView),
  nextCursor: z.string().nullable(),
});
export type ClientPage = z.output<typeof clientPage>;

/** What is still open in an engagement: work the client has not handed in, feedback not closed. */
const openWork = z.object({
  questionnaires: z.number().int(),
  exercises: z.number().int(),
  feedbackCampaigns: z.number().int(),
});

const clientEngagement = z.object({
  id: z.uuid(),
  title: z.string(),
  stage,
  startDate: z.string(),
  coachName: z.string(),
  open: openWork,
});
export type ClientEngagement = z.output<typeof clientEngagement>;

/**
 * GET /api/clients/:id: the client and the engagements the viewer may see with them (a coach's
 * own, every one of the practice for its admin), newest first.
 */
export const clientDetail = clientView.omit({ engagementCount: true }).extend({
  engagements: z.array(clientEngagement),
});
export type ClientDetail = z.output<typeof clientDetail>;
