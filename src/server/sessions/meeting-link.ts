import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { MeetingLinkResult } from "../../contract/sessions";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Transaction } from "../db/database";
import { coachingSession, engagement, sessionSeries } from "../db/schema";
import { requireCoachOf } from "./access";
import { queueSeriesMail } from "./series-mail";
import { queueSessionMail } from "./session-mail";

// The engagement's video link, used by every video session without a place of its own. A new
// link reaches the calendars: each upcoming single session that uses it gets an updated
// invitation, and a series whose event uses it gets ONE updated invitation for the whole series;
// an occurrence that has its own message (RECURRENCE-ID) already, or whose series does not use
// the link, gets its own update, as a change to that one occurrence would.

type Affected = { id: string; seriesId: string | null; sequence: number; startsAt: Date };
type SeriesRow = typeof sessionSeries.$inferSelect;

export async function setMeetingLink(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  meetingLink: string | null,
): Promise<MeetingLinkResult> {
  await requireCoachOf(ctx, viewer, engagementId);
  const now = new Date();
  return ctx.db.transaction(async (tx) => {
    const [held] = await tx
      .select({ meetingLink: engagement.meetingLink })
      .from(engagement)
      .where(eq(engagement.id, engagementId))
      .for("no key update");
    if ((held?.meetingLink ?? null) === meetingLink) return { meetingLink, updatedSessions: 0 };
    await tx.update(engagement).set({ meetingLink }).where(eq(engagement.id, engagementId));
    const affected = await upcomingUsingTheLink(tx, engagementId, now);
    await mailEachSession(
      ctx,
      tx,
      affected.filter((s) => !s.seriesId),
      now,
    );
    await mailSeries(
      ctx,
      tx,
      affected.filter((s) => s.seriesId),
      now,
    );
    return { meetingLink, updatedSessions: affected.length };
  });
}

/** Scheduled video sessions not yet begun that have no place of their own. */
function upcomingUsingTheLink(tx: Transaction, engagementId: string, now: Date) {
  return tx
    .select({
      id: coachingSession.id,
      seriesId: coachingSession.seriesId,
      sequence: coachingSession.sequence,
      startsAt: coachingSession.startsAt,
    })
    .from(coachingSession)
    .where(
      and(
        eq(coachingSession.engagementId, engagementId),
        eq(coachingSession.status, "scheduled"),
        eq(coachingSession.mode, "video"),
        eq(coachingSession.place, ""),
        gt(coachingSession.startsAt, now),
      ),
    )
    .orderBy(asc(coachingSession.startsAt));
}

/** Each session's own invitation, its SEQUENCE raised (an occurrence's raises its series'). */
async function mailEachSession(ctx: AppContext, tx: Transaction, sessions: Affected[], now: Date) {
  if (sessions.length === 0) return;
  await tx
    .update(coachingSession)
    .set({ sequence: sql`${coachingSession.sequence} + 1`, updatedAt: now })
    .where(
      inArray(
        coachingSession.id,
        sessions.map((s) => s.id),
      ),
    );
  for (const session of sessions) await queueSessionMail(ctx, tx, session.id, "updated");
}

/**
 * One updated invitation per series whose event uses the link, carrying its raised SEQUENCE;
 * then the occurrences calendars hold as exceptions of their own (moved or changed before, so
 * with a raised SEQUENCE) are sent again with the new link too.
 */
async function mailSeries(ctx: AppContext, tx: Transaction, occurrences: Affected[], now: Date) {
  const seriesIds = [...new Set(occurrences.flatMap((o) => (o.seriesId ? [o.seriesId] : [])))];
  for (const seriesId of seriesIds) {
    const ofSeries = occurrences.filter((o) => o.seriesId === seriesId);
    const series = await raiseIfUsingTheLink(tx, seriesId);
    if (series)
      await queueSeriesMail(ctx, tx, series, "updated", await datesOf(tx, series, ofSeries));
    const ownMessages = series ? ofSeries.filter((o) => o.sequence > 0) : ofSeries;
    await mailEachSession(ctx, tx, ownMessages, now);
  }
}

/** The series, its SEQUENCE raised, when its event is a video call without a place of its own. */
async function raiseIfUsingTheLink(tx: Transaction, seriesId: string): Promise<SeriesRow | null> {
  const [series] = await tx
    .update(sessionSeries)
    .set({ sequence: sql`${sessionSeries.sequence} + 1` })
    .where(
      and(
        eq(sessionSeries.id, seriesId),
        eq(sessionSeries.mode, "video"),
        eq(sessionSeries.place, ""),
        sql`${sessionSeries.cancelledAt} is null`,
      ),
    )
    .returning();
  return series ?? null;
}

/** Every start the series' rule gives (its event's), and the upcoming ones the change reaches. */
async function datesOf(tx: Transaction, series: SeriesRow, reached: Affected[]) {
  const rows = await tx
    .select({ originalStartsAt: coachingSession.originalStartsAt })
    .from(coachingSession)
    .where(eq(coachingSession.seriesId, series.id))
    .orderBy(asc(coachingSession.originalStartsAt));
  const kept = rows.flatMap((row) => (row.originalStartsAt ? [row.originalStartsAt] : []));
  return { kept, cancelled: [], updated: reached.map((o) => o.startsAt) };
}
