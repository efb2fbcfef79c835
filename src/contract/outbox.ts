import { z } from "zod";

/** How Keel's mail leaves: "smtp", sent over SMTP; "held", kept, since no mail server is set up. */
export const mailDelivery = z.enum(["smtp", "held"]);
export type MailDelivery = z.output<typeof mailDelivery>;

/** A mail of the practice's outbox (GET /api/outbox). */
export const mailView = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(["held", "queued", "sent", "failed", "bounced"]),
  createdAt: z.iso.datetime(),
});
export type Mail = z.output<typeof mailView>;
export type MailStatus = Mail["status"];

/** GET /api/outbox/:id: one mail with its HTML. */
export const mailWithHtml = mailView.extend({ html: z.string().nullable() });
export type MailWithHtml = z.output<typeof mailWithHtml>;
