import { z } from "zod";
import { MAIL_TOPIC_IDS } from "../domain/accounts/mail-topics";

export const mailTopicId = z.enum(MAIL_TOPIC_IDS);

/** GET /api/me/mail-preferences: the topics of the person's role, each on or off. */
export const mailPreferences = z.object({
  topics: z.array(
    z.object({
      id: mailTopicId,
      label: z.string(),
      description: z.string(),
      enabled: z.boolean(),
    }),
  ),
  /** The mail that is sent whatever the choices. */
  alwaysSent: z.string(),
});
export type MailPreferences = z.output<typeof mailPreferences>;

/** PUT /api/me/mail-preferences: one or more topics of the person's role, on or off. */
export const updateMailPreferencesBody = z.object({
  topics: z
    .array(z.object({ id: mailTopicId, enabled: z.boolean() }))
    .min(1, "Choose at least one topic")
    .max(MAIL_TOPIC_IDS.length),
});
export type UpdateMailPreferencesBody = z.output<typeof updateMailPreferencesBody>;
