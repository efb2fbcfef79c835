import { and, eq, or } from "drizzle-orm";
import { z } from "zod";
import { sendTopicMail } from "../accounts/mail-preferences";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { articleReply, membership, replyBlock, user } from "../db/schema";
import { consume } from "../http/rate-limit";
import { render } from "../mail/templates";
import type { ReplyFormState } from "./public-pages";
import { moderationUrl } from "./urls";

// A reader's reply from the public form: held for moderation; a filled honeypot or a blocked
// address gets the same thanks, the first storing nothing, the second storing it hidden. Neither
// the text nor the address is ever logged.

/** The form's fields; `website` is the honeypot a person never sees. */
export const replyForm = z.object({
  name: z
    .string("Give your name")
    .trim()
    .min(1, "Give your name")
    .max(100, "Keep your name under 100 characters"),
  email: z
    .string("Give your email address")
    .trim()
    .toLowerCase()
    .max(254, "Keep the address under 254 characters")
    .pipe(z.email("Give an email address like name@example.com")),
  text: z
    .string("Write your reply")
    .trim()
    .min(1, "Write your reply")
    .max(5000, "Keep your reply under 5,000 characters"),
  website: z.string().optional(),
});

/** Replies one address or one network address may send: enough for a conversation, not a flood. */
export const REPLY_LIMITS = {
  perAddress: { max: 5, windowSeconds: 3600 },
  perIp: { max: 10, windowSeconds: 3600 },
};

export type ReplyOutcome =
  | { kind: "invalid"; form: ReplyFormState }
  | { kind: "thanks" }
  | { kind: "too-many"; retryAfterSeconds: number };

interface ReplyTarget {
  practiceId: string;
  article: { id: string; title: string; authorId: string | null };
}

export async function receiveReply(
  ctx: Pick<AppContext, "db" | "mailer" | "config">,
  target: ReplyTarget,
  body: unknown,
  ip: string,
): Promise<ReplyOutcome> {
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const parsed = replyForm.safeParse(fields);
  if (!parsed.success) return { kind: "invalid", form: formState(fields, parsed.error) };
  const reply = parsed.data;
  if (reply.website) return { kind: "thanks" };

  for (const [key, rule] of [
    [`reply:ip:${ip}`, REPLY_LIMITS.perIp],
    [`reply:email:${reply.email}`, REPLY_LIMITS.perAddress],
  ] as const) {
    const { count, retryAfterSeconds } = await consume(ctx.db, key, rule);
    if (count > rule.max) return { kind: "too-many", retryAfterSeconds };
  }

  await ctx.db.transaction(async (tx) => {
    const blocked = await isBlocked(tx, target.practiceId, reply.email);
    const [stored] = await tx
      .insert(articleReply)
      .values({
        articleId: target.article.id,
        name: reply.name,
        email: reply.email,
        body: reply.text,
        status: blocked ? "hidden" : "held",
      })
      .returning({ id: articleReply.id });
    if (stored && !blocked) await tellModerators(ctx, tx, target, reply.name);
  });
  return { kind: "thanks" };
}

async function isBlocked(tx: Executor, practiceId: string, email: string): Promise<boolean> {
  const [row] = await tx
    .select({ email: replyBlock.email })
    .from(replyBlock)
    .where(and(eq(replyBlock.practiceId, practiceId), eq(replyBlock.email, email)));
  return Boolean(row);
}

/** One mail to each moderator (the practice's admins and the article's author) per waiting reply. */
async function tellModerators(
  ctx: Pick<AppContext, "mailer" | "config">,
  tx: Executor,
  target: ReplyTarget,
  replierName: string,
): Promise<void> {
  const moderators = await tx
    .select({ id: user.id, name: user.name, email: user.email })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(
      and(
        eq(membership.practiceId, target.practiceId),
        eq(membership.role, "coach"),
        target.article.authorId
          ? or(eq(membership.isAdmin, true), eq(membership.userId, target.article.authorId))
          : eq(membership.isAdmin, true),
      ),
    );
  for (const moderator of moderators) {
    const mail = replyWaitingMail({
      name: moderator.name,
      replierName,
      articleTitle: target.article.title,
      url: moderationUrl(ctx.config.publicUrl, target.article.id),
    });
    await sendTopicMail(
      { db: tx, mailer: ctx.mailer },
      { userId: moderator.id, topic: "reply_moderation" },
      { to: moderator.email, practiceId: target.practiceId, ...mail },
      tx,
    );
  }
}

export function replyWaitingMail(input: {
  name: string;
  replierName: string;
  articleTitle: string;
  url: string;
}) {
  return render(
    `A reply to “${input.articleTitle}” is waiting for you`,
    [
      `Hello ${input.name},`,
      `${input.replierName} replied to “${input.articleTitle}”. The reply is held until someone approves it: read it, then approve, hide or pin it.`,
    ],
    { label: "Read the reply", url: input.url },
  );
}

function formState(fields: Record<string, unknown>, error: z.ZodError): ReplyFormState {
  const text = (key: string) => (typeof fields[key] === "string" ? (fields[key] as string) : "");
  const problems: ReplyFormState["problems"] = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if ((field === "name" || field === "email" || field === "text") && !problems[field])
      problems[field] = issue.message;
  }
  return {
    values: { name: text("name"), email: text("email"), text: text("text") },
    problems,
  };
}
