import { and, eq, ne } from "drizzle-orm";
import type { Executor } from "../db/database";
import { subscription } from "../db/schema";
import { readUnsubscribeToken } from "./list-links";
import { type SubscriptionRecord, subscriptionRecord } from "./subscription-record";

/** The subscription an unsubscribe link names, or null when the link is forged or its list gone. */
export async function readUnsubscribeLink(
  db: Executor,
  authSecret: string,
  token: string,
): Promise<SubscriptionRecord | null> {
  const id = readUnsubscribeToken(authSecret, token);
  return id ? subscriptionRecord(db, id) : null;
}

/** Takes the subscription off its list; a second call keeps the first time and changes nothing. */
export async function unsubscribe(db: Executor, subscriptionId: string, now = new Date()) {
  await db
    .update(subscription)
    .set({
      status: "unsubscribed",
      unsubscribedAt: now,
      nextSendAt: null,
      confirmTokenHash: null,
    })
    .where(and(eq(subscription.id, subscriptionId), ne(subscription.status, "unsubscribed")));
}
