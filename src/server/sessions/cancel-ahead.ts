import { and, count, eq, gt, isNull, min, sql } from "drizzle-orm";
import type { AppContext } from "../context";
import type { Executor, Transaction } from "../db/database";
import { coachingSession, sessionSeries } from "../db/schema";
import { cancelSeriesAhead } from "./series";
import { queueSessionMail } from "./session-mail";

// The sessions an engagement has booked ahead, and cancelling all of them at once (when the
// engagement moves to another coach): each series as a series cancels, each other session as
// one cancels, with the same mails and calendar cancellations to the client and the coach.

const aheadOf = (engagementId: string, now: Date) =>
  and(
    eq(coachingSession.engagementId, engagementId),
    eq(coachingSession.status, "scheduled"),
    gt(coachingSession.startsAt, now),
  );

/** How many sessions are booked ahead, and the next one's start. */
export async function sessionsAhead(
  db: Executor,
  engagementId: string,
  now: Date,
): Promise<{ count: number; nextAt: Date | null }> {
  const [row] = await db
    .select({ n: count(), next: min(coachingSession.startsAt) })
    .from(coachingSession)
    .where(aheadOf(engagementId, now));
  return { count: row?.n ?? 0, nextAt: row?.next ?? null };
}

/**
 * In the caller's transaction: cancels every session booked ahead, by `cancelledBy` for `reason`
 * (which the mails of single sessions quote), and answers how many it cancelled.
 */
export async function cancelSessionsAhead(
  ctx: Pick<AppContext, "config" | "mailer">,
  tx: Transaction,
  engagementId: string,
  change: { cancelledBy: string; reason: string; now: Date },
): Promise<number> {
  const { cancelledBy, reason, now } = change;
  const { count: before } = await sessionsAhead(tx, engagementId, now);
  if (before === 0) return 0;
  const series = await tx
    .selectDistinct({ id: coachingSession.seriesId })
    .from(coachingSession)
    .where(aheadOf(engagementId, now));
  for (const { id } of series) {
    if (!id) continue;
    const [held] = await tx
      .select()
      .from(sessionSeries)
      .where(and(eq(sessionSeries.id, id), isNull(sessionSeries.cancelledAt)))
      .for("update");
    if (held) await cancelSeriesAhead(ctx, tx, held, cancelledBy, now);
  }
  const singles = await tx
    .update(coachingSession)
    .set({
      status: "cancelled",
      cancelledAt: now,
      cancelledBy,
      cancelReason: reason,
      countsAsUsed: 0,
      sequence: sql`${coachingSession.sequence} + 1`,
      updatedAt: now,
    })
    .where(aheadOf(engagementId, now))
    .returning({ id: coachingSession.id });
  for (const single of singles) await queueSessionMail(ctx, tx, single.id, "cancelled");
  return before;
}
