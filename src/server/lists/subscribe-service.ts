import { and, eq, inArray } from "drizzle-orm";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { subscriber, subscription } from "../db/schema";
import { consume } from "../http/rate-limit";
import type { PublicPractice } from "../public-site/public-practice";
import { confirmationMail } from "./confirmation-mail";
import { confirmTokenHash, newConfirmation } from "./list-links";

// Double opt-in. Whatever state an address is in, the person is answered alike (the routes show
// one page), so a form never tells whether an address is on a list. A list waiting for
// confirmation gets a fresh link at most every ten minutes and five times a day; a list already
// confirmed gets no mail; an unsubscribed one may subscribe again through a confirmation.

export interface RequestedList {
  list: string;
  kind: "course" | "articles";
  title: string;
  courseVersionId: string | null;
}

export interface Person {
  name: string;
  /** Lower-cased. */
  email: string;
  timeZone: string;
}

const RESEND_AFTER_MS = 10 * 60_000;
const MAX_CONFIRMATIONS_A_DAY = 5;

/**
 * A sign-up's lists share one link: the first list needing confirmation keeps the hash of the
 * link's token, the second the hash of that hash, so one click finds both (confirmationHashes).
 */
export const confirmationHashes = (token: string): [string, string] => {
  const first = confirmTokenHash(token);
  return [first, confirmTokenHash(first)];
};

export async function subscribe(
  ctx: AppContext,
  practice: PublicPractice,
  person: Person,
  lists: RequestedList[],
  now = new Date(),
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const who = await upsertSubscriber(tx, practice.id, person);
    if (who.suppressedAt) return;
    const waiting: { id: string; requested: RequestedList }[] = [];
    for (const requested of lists) {
      const row = await upsertSubscription(tx, practice.id, who.id, requested);
      if (row.status === "active" || row.status === "completed") continue;
      const sentRecently =
        row.confirmationSentAt &&
        now.getTime() - row.confirmationSentAt.getTime() < RESEND_AFTER_MS;
      if (!sentRecently) waiting.push({ id: row.id, requested });
    }
    if (waiting.length === 0) return;
    const today = await consume(tx, `list-confirm:subscriber:${who.id}`, { windowSeconds: 86_400 });
    if (today.count > MAX_CONFIRMATIONS_A_DAY) return;

    const confirmation = newConfirmation(ctx.config.publicUrl);
    const hashes = [confirmation.tokenHash, confirmTokenHash(confirmation.tokenHash)];
    for (const [index, { id }] of waiting.entries()) {
      await tx
        .update(subscription)
        .set({ status: "pending", confirmTokenHash: hashes[index], confirmationSentAt: now })
        .where(eq(subscription.id, id));
    }
    const message = confirmationMail({
      name: who.name,
      practiceName: practice.name,
      lists: waiting.map(({ requested }) => requested),
      url: confirmation.url,
    });
    await ctx.mailer.send({ to: person.email, practiceId: practice.id, ...message }, tx);
  });
}

/** The address's subscriber row, new or as it was; name and zone renewed only if nothing is active. */
async function upsertSubscriber(tx: Executor, practiceId: string, person: Person) {
  await tx
    .insert(subscriber)
    .values({ practiceId, ...person })
    .onConflictDoNothing({ target: [subscriber.practiceId, subscriber.email] });
  const [row] = await tx
    .select()
    .from(subscriber)
    .where(and(eq(subscriber.practiceId, practiceId), eq(subscriber.email, person.email)))
    .for("update");
  if (!row) throw new Error("subscriber was not stored");
  const [active] = await tx
    .select({ id: subscription.id })
    .from(subscription)
    .where(
      and(
        eq(subscription.subscriberId, row.id),
        inArray(subscription.status, ["active", "completed"]),
      ),
    )
    .limit(1);
  if (active || (row.name === person.name && row.timeZone === person.timeZone)) return row;
  const [renewed] = await tx
    .update(subscriber)
    .set({ name: person.name, timeZone: person.timeZone })
    .where(eq(subscriber.id, row.id))
    .returning();
  return renewed ?? row;
}

async function upsertSubscription(
  tx: Executor,
  practiceId: string,
  subscriberId: string,
  requested: RequestedList,
) {
  await tx
    .insert(subscription)
    .values({
      practiceId,
      subscriberId,
      list: requested.list,
      courseVersionId: requested.courseVersionId,
    })
    .onConflictDoNothing({ target: [subscription.subscriberId, subscription.list] });
  const [row] = await tx
    .select({
      id: subscription.id,
      status: subscription.status,
      confirmationSentAt: subscription.confirmationSentAt,
    })
    .from(subscription)
    .where(and(eq(subscription.subscriberId, subscriberId), eq(subscription.list, requested.list)))
    .for("update");
  if (!row) throw new Error("subscription was not stored");
  return row;
}
