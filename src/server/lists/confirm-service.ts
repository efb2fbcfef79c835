import { and, eq, inArray } from "drizzle-orm";
import { firstLessonDue } from "../../domain/courses/schedule";
import type { AppContext } from "../context";
import { queueLessonSending } from "../courses/lesson-sending";
import type { Executor } from "../db/database";
import { subscription } from "../db/schema";
import { confirmationHashes } from "./subscribe-service";
import { isCourseList, type SubscriptionRecord, subscriptionRecord } from "./subscription-record";

/** A confirmation link works for a week; after that the person subscribes again. */
const LINK_LIFETIME_MS = 7 * 24 * 3_600_000;

export type PendingConfirmation =
  | { state: "pending"; subscriptions: SubscriptionRecord[] }
  | { state: "expired"; subscriptions: SubscriptionRecord[] }
  | { state: "unknown" };

/** The subscriptions waiting on a confirmation link's token: one, or a course and the articles. */
export async function pendingConfirmation(
  db: Executor,
  token: string,
  now = new Date(),
): Promise<PendingConfirmation> {
  if (!/^[\w-]{20,100}$/.test(token)) return { state: "unknown" };
  const rows = await db
    .select({ id: subscription.id })
    .from(subscription)
    .where(
      and(
        inArray(subscription.confirmTokenHash, confirmationHashes(token)),
        eq(subscription.status, "pending"),
      ),
    );
  const records: SubscriptionRecord[] = [];
  for (const { id } of rows) {
    const record = await subscriptionRecord(db, id);
    if (record) records.push(record);
  }
  if (records.length === 0) return { state: "unknown" };
  records.sort((a, b) => Number(isCourseList(b.list)) - Number(isCourseList(a.list)));
  const sentAt = records[0]?.confirmationSentAt?.getTime() ?? 0;
  const expired = now.getTime() - sentAt > LINK_LIFETIME_MS;
  return { state: expired ? "expired" : "pending", subscriptions: records };
}

/**
 * Confirms every subscription waiting on the token, in one transaction: each becomes active and
 * its link stops working; a course's first lesson is due at once and its sending is queued.
 */
export async function confirm(
  ctx: AppContext,
  token: string,
  now = new Date(),
): Promise<PendingConfirmation> {
  const found = await ctx.db.transaction(async (tx) => {
    const pending = await pendingConfirmation(tx, token, now);
    if (pending.state !== "pending") return pending;
    const confirmed: SubscriptionRecord[] = [];
    for (const record of pending.subscriptions) {
      const [row] = await tx
        .update(subscription)
        .set({
          status: "active",
          confirmedAt: now,
          confirmTokenHash: null,
          unsubscribedAt: null,
          nextSendAt: isCourseList(record.list) ? firstLessonDue(now) : null,
        })
        .where(and(eq(subscription.id, record.id), eq(subscription.status, "pending")))
        .returning({ id: subscription.id });
      if (row) confirmed.push(record);
    }
    return confirmed.length > 0
      ? { state: "pending" as const, subscriptions: confirmed }
      : { state: "unknown" as const };
  });
  if (found.state === "pending" && found.subscriptions.some((s) => isCourseList(s.list)))
    await queueLessonSending(ctx);
  return found;
}
