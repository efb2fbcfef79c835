import { and, eq, sql } from "drizzle-orm";
import type { MailPreferences, UpdateMailPreferencesBody } from "../../contract/mail-preferences";
import {
  ALWAYS_SENT_MAIL,
  deliveryOf,
  isDigestible,
  type MailDelivery,
  type MailTopicId,
  mailTopicsFor,
} from "../../domain/accounts/mail-topics";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { mailDigestItem, mailPreference } from "../db/schema";
import { invalidInput } from "../http/errors";
import type { Mailer, OutgoingMail } from "../mail/mailer";

/** How a person gets a topic's mail: the one check before any such mail is sent. */
export async function mailDelivery(
  db: Executor,
  userId: string,
  topic: MailTopicId,
): Promise<MailDelivery> {
  const [row] = await db
    .select({ enabled: mailPreference.enabled, digest: mailPreference.digest })
    .from(mailPreference)
    .where(and(eq(mailPreference.userId, userId), eq(mailPreference.topic, topic)));
  return deliveryOf(topic, row);
}

/** Whether a person gets a topic's mail at all, each time or in their weekly digest. */
export async function wantsMail(
  db: Executor,
  userId: string,
  topic: MailTopicId,
): Promise<boolean> {
  return (await mailDelivery(db, userId, topic)) !== "off";
}

/**
 * Sends a topic's mail to a person who has not turned the topic off, or keeps it, as rendered,
 * for their weekly digest if they chose one; true unless they turned it off.
 */
export async function sendTopicMail(
  deps: { db: Executor; mailer: Mailer },
  recipient: { userId: string; topic: MailTopicId },
  message: OutgoingMail,
  tx?: Executor,
): Promise<boolean> {
  const db = tx ?? deps.db;
  const delivery = await mailDelivery(db, recipient.userId, recipient.topic);
  if (delivery === "off") return false;
  if (delivery === "digest") {
    await db.insert(mailDigestItem).values({
      userId: recipient.userId,
      practiceId: message.practiceId ?? null,
      topic: recipient.topic,
      subject: message.subject,
      text: message.text,
    });
    return true;
  }
  await deps.mailer.send(message, tx);
  return true;
}

export async function getMailPreferences(
  ctx: Pick<AppContext, "db">,
  viewer: Pick<Viewer, "userId" | "role">,
): Promise<MailPreferences> {
  const rows = await ctx.db
    .select({
      topic: mailPreference.topic,
      enabled: mailPreference.enabled,
      digest: mailPreference.digest,
    })
    .from(mailPreference)
    .where(eq(mailPreference.userId, viewer.userId));
  const choices = new Map(rows.map(({ topic, ...choice }) => [topic, choice]));
  return {
    topics: mailTopicsFor(viewer.role).map(({ id, label, description, digestible }) => {
      const delivery = deliveryOf(id, choices.get(id));
      return { id, label, description, enabled: delivery !== "off", delivery, digestible };
    }),
    alwaysSent: ALWAYS_SENT_MAIL,
  };
}

export async function updateMailPreferences(
  ctx: AppContext,
  viewer: Viewer,
  body: UpdateMailPreferencesBody,
): Promise<MailPreferences> {
  const offered = new Set(mailTopicsFor(viewer.role).map((topic) => topic.id));
  const problems = body.topics.flatMap((topic, index) => {
    if (!offered.has(topic.id))
      return [{ path: `topics.${index}.id`, message: "This mail is not one of yours to choose" }];
    if (topic.delivery === "digest" && !isDigestible(topic.id))
      return [
        {
          path: `topics.${index}.delivery`,
          message: "This mail is tied to its time: it cannot wait for the weekly digest",
        },
      ];
    return [];
  });
  if (problems.length > 0) throw invalidInput(problems);
  // A topic named twice is one choice, the last.
  const choices = new Map(body.topics.map((topic) => [topic.id, topic]));
  await ctx.db.transaction(async (tx) => {
    for (const [topic, { enabled, delivery }] of choices) {
      // On or off alone keeps the digest chosen before; a delivery sets both.
      const digest = delivery === undefined ? undefined : delivery === "digest";
      const on = delivery === undefined ? Boolean(enabled) : delivery !== "off";
      await tx
        .insert(mailPreference)
        .values({ userId: viewer.userId, topic, enabled: on, digest: digest ?? false })
        .onConflictDoUpdate({
          target: [mailPreference.userId, mailPreference.topic],
          set: {
            enabled: sql`excluded.enabled`,
            ...(digest === undefined ? {} : { digest: sql`excluded.digest` }),
            updatedAt: sql`now()`,
          },
        });
    }
  });
  return getMailPreferences(ctx, viewer);
}
