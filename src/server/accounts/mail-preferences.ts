import { and, eq, sql } from "drizzle-orm";
import type { MailPreferences, UpdateMailPreferencesBody } from "../../contract/mail-preferences";
import {
  ALWAYS_SENT_MAIL,
  type MailTopicId,
  mailTopicsFor,
  wantsTopic,
} from "../../domain/accounts/mail-topics";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { mailPreference } from "../db/schema";
import { invalidInput } from "../http/errors";
import type { Mailer, OutgoingMail } from "../mail/mailer";

/** Whether a person gets a topic's mail: the one check before any such mail is sent. */
export async function wantsMail(
  db: Executor,
  userId: string,
  topic: MailTopicId,
): Promise<boolean> {
  const [row] = await db
    .select({ enabled: mailPreference.enabled })
    .from(mailPreference)
    .where(and(eq(mailPreference.userId, userId), eq(mailPreference.topic, topic)));
  return wantsTopic(topic, row ? { [topic]: row.enabled } : {});
}

/** Sends a topic's mail to a person who has not turned the topic off; true if it was sent. */
export async function sendTopicMail(
  deps: { db: Executor; mailer: Mailer },
  recipient: { userId: string; topic: MailTopicId },
  message: OutgoingMail,
  tx?: Executor,
): Promise<boolean> {
  if (!(await wantsMail(tx ?? deps.db, recipient.userId, recipient.topic))) return false;
  await deps.mailer.send(message, tx);
  return true;
}

export async function getMailPreferences(
  ctx: AppContext,
  viewer: Viewer,
): Promise<MailPreferences> {
  const rows = await ctx.db
    .select({ topic: mailPreference.topic, enabled: mailPreference.enabled })
    .from(mailPreference)
    .where(eq(mailPreference.userId, viewer.userId));
  const choices = Object.fromEntries(rows.map((row) => [row.topic, row.enabled]));
  return {
    topics: mailTopicsFor(viewer.role).map(({ id, label, description }) => ({
      id,
      label,
      description,
      enabled: wantsTopic(id, choices),
    })),
    alwaysSent: ALWAYS_SENT_MAIL,
  };
}

export async function updateMailPreferences(
  ctx: AppContext,
  viewer: Viewer,
  body: UpdateMailPreferencesBody,
): Promise<MailPreferences> {
  const offered = new Set(mailTopicsFor(viewer.role).map((topic) => topic.id));
  const problems = body.topics.flatMap((topic, index) =>
    offered.has(topic.id)
      ? []
      : [{ path: `topics.${index}.id`, message: "This mail is not one of yours to choose" }],
  );
  if (problems.length > 0) throw invalidInput(problems);
  // A topic named twice is one choice, the last; one statement may not write a row twice.
  const choices = new Map(body.topics.map(({ id, enabled }) => [id, enabled]));
  await ctx.db
    .insert(mailPreference)
    .values([...choices].map(([topic, enabled]) => ({ userId: viewer.userId, topic, enabled })))
    .onConflictDoUpdate({
      target: [mailPreference.userId, mailPreference.topic],
      set: { enabled: sql`excluded.enabled`, updatedAt: sql`now()` },
    });
  return getMailPreferences(ctx, viewer);
}
