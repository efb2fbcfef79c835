import { eq, sql } from "drizzle-orm";
import { knownTimeZone } from "../../domain/sessions/zoned-time";
import type { AppContext } from "../context";
import type { Transaction } from "../db/database";
import { coachingSession, sessionSeries } from "../db/schema";
import {
  calendarSessionOf,
  type SessionWithParties,
  sessionsWithParties,
} from "./calendar-sessions";
import { invitationIcs } from "./ics";
import { type SessionChange, sessionMail } from "./session-mail-text";

export type { SessionChange };

/** What the mail can say about a change that the session's row no longer holds. */
export interface SessionChangeDetails {
  /** Where a moved session was before. */
  movedFrom?: { startsAt: Date; endsAt: Date };
  /** The reason the mover gave (a cancellation's is read from the session). */
  reason?: string | null;
}

/**
 * Records, in the transaction that changed the session, one mail to the coach and one to the
 * client, each with times in the reader's own zone and the session's invitation attached
 * (REQUEST, or CANCEL once cancelled). Always sent, like other invitations: a person cannot turn
 * these off. Not the practice's mail, so not in its outbox.
 */
export async function queueSessionMail(
  ctx: Pick<AppContext, "config" | "mailer">,
  tx: Transaction,
  sessionId: string,
  change: SessionChange,
  details: SessionChangeDetails = {},
): Promise<void> {
  const [session] = await sessionsWithParties(
    tx,
    ctx.config.publicUrl,
    eq(coachingSession.id, sessionId),
  );
  if (!session) throw new Error("a mail about a session that does not exist");
  const sequence = session.seriesId
    ? await raiseSeriesSequence(tx, session.seriesId)
    : session.sequence;
  const calendar = invitationIcs({ ...calendarSessionOf(session), sequence });
  for (const [recipient, other] of [
    [session.coach, session.client],
    [session.client, session.coach],
  ] as const) {
    const mail = sessionMail({
      change,
      recipientName: recipient.name,
      otherName: other.name,
      actor: actorOf(session, change, recipient.id),
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      movedFrom: change === "moved" ? (details.movedFrom ?? null) : null,
      timeZone: knownTimeZone(recipient.timeZone ?? "") ?? session.timeZone,
      mode: session.mode,
      place: session.place,
      reason: (change === "cancelled" ? session.cancelReason : details.reason) || null,
      countsAsUsed: session.countsAsUsed > 0,
      pageUrl: session.pageUrl,
    });
    await ctx.mailer.send(
      { to: recipient.email, ...mail, practiceId: session.practiceId, calendar },
      tx,
    );
  }
}

/**
 * An occurrence's invitation is a message on its series' event (the series' UID and the
 * occurrence's RECURRENCE-ID), so it carries the series' SEQUENCE, raised with each change.
 */
async function raiseSeriesSequence(tx: Transaction, seriesId: string): Promise<number> {
  const [series] = await tx
    .update(sessionSeries)
    .set({ sequence: sql`${sessionSeries.sequence} + 1` })
    .where(eq(sessionSeries.id, seriesId))
    .returning({ sequence: sessionSeries.sequence });
  if (!series) throw new Error("an occurrence of a series that does not exist");
  return series.sequence;
}

/** Who booked or cancelled, as the recipient reads it; the row records no mover. */
function actorOf(session: SessionWithParties, change: SessionChange, recipientId: string) {
  const actorId =
    change === "booked" ? session.bookedBy : change === "cancelled" ? session.cancelledBy : null;
  if (!actorId) return null;
  if (actorId === recipientId) return "recipient";
  const other = recipientId === session.coach.id ? session.client.id : session.coach.id;
  return actorId === other ? "other" : null;
}
