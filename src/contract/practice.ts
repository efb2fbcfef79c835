import { z } from "zod";
import {
  MAXIMUM_ANONYMITY_THRESHOLD,
  MINIMUM_ANONYMITY_THRESHOLD,
} from "../domain/feedback/rater-groups";
import {
  POSTAL_ADDRESS_MAX,
  SLUG_MAX,
  SLUG_MIN,
  SLUG_PATTERN,
} from "../domain/practice/public-slug";
import { stage } from "./engagements";
import { mailDelivery } from "./outbox";

/** The practice's public address: lower-case words and hyphens. */
export const publicSlug = z
  .string()
  .trim()
  .min(SLUG_MIN, `At least ${SLUG_MIN} characters`)
  .max(SLUG_MAX, `At most ${SLUG_MAX} characters`)
  .regex(SLUG_PATTERN, "Use lower-case letters and digits, words joined by single hyphens");

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
  /** The practice's public pages live at /p/<slug>. */
  slug: z.string(),
  /** Printed in every course and article mail; null until the admin gives it. */
  postalAddress: z.string().nullable(),
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
    slug: publicSlug.optional(),
    /** Empty removes it. */
    postalAddress: z
      .string()
      .trim()
      .max(POSTAL_ADDRESS_MAX, `At most ${POSTAL_ADDRESS_MAX} characters`)
      .optional(),
  })
  .refine((change) => Object.values(change).some((value) => value !== undefined), {
    message:
      "Change the name, the feedback threshold, the two-factor requirement, the public address or the postal address",
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
