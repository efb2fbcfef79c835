import { z } from "zod";
import { MAIL_DELIVERIES, MAIL_TOPIC_IDS } from "../domain/accounts/mail-topics";

export const mailTopicId = z.enum(MAIL_TOPIC_IDS);
export const mailDelivery = z.enum(MAIL_DELIVERIES);

/** GET /api/me/mail-preferences: the topics of the person's role, each on or off. */
export const mailPreferences = z.object({
  topics: z.array(
    z.object({
      id: mailTopicId,
      label: z.string(),
      description: z.string(),
      /** Whether the topic's mail arrives at all: `delivery` is not "off". */
      enabled: z.boolean(),
      /** Each time, in the weekly digest, or off. */
      delivery: mailDelivery,
      /** Whether this topic's mail may wait for the weekly digest. */
      digestible: z.boolean(),
    }),
  ),
  /** The mail that is sent whatever the choices. */
  alwaysSent: z.string(),
});
export type MailPreferences = z.output<typeof mailPreferences>;

/**
 * PUT /api/me/mail-preferences: one or more topics of the person's role, each with its delivery,
 * or only on or off (`enabled`, which keeps a digest chosen before); given both, `delivery` holds.
 */
export const updateMailPreferencesBody = z.object({
  topics: z
    .array(
      z
        .object({
          id: mailTopicId,
          enabled: z.boolean().optional(),
          delivery: mailDelivery.optional(),
        })
        .refine((topic) => topic.enabled !== undefined || topic.delivery !== undefined, {
          message: "Say how this mail should come: each time, in the weekly digest, or off",
          path: ["delivery"],
        }),
    )
    .min(1, "Choose at least one topic")
    .max(MAIL_TOPIC_IDS.length),
});
export type UpdateMailPreferencesBody = z.output<typeof updateMailPreferencesBody>;
