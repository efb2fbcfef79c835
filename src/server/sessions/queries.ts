import { and, asc, eq, gt, lt, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { SessionSummary } from "../../contract/sessions";
import type { BusyRange } from "../../domain/sessions/availability";
import { allowanceOf, movesLeft, whenOf } from "../../domain/sessions/rules";
import { describeSeries, type SeriesRule } from "../../domain/sessions/series-words";
import type { Executor } from "../db/database";
import { coachingSession, engagement, sessionSeries, user } from "../db/schema";

// What the scheduling routes read: an engagement's sessions with their people, one session, the
// coach's busy times around some days, and the engagement's allowance.

const coach = alias(user, "session_coach");
const client = alias(user, "session_client");

/** What a session's series is said by; left-joined on the session's `seriesId`. */
export const seriesRuleColumns = {
  rrule: sessionSeries.rrule,
  localTime: sessionSeries.localTime,
  timeZone: sessionSeries.timeZone,
};

function selectSessions(db: Executor) {
  return db
    .select({
      session: coachingSession,
      engagementTitle: engagement.title,
      meetingLink: engagement.meetingLink,
      coach: { id: coach.id, name: coach.name },
      client: { id: client.id, name: client.name },
      series: seriesRuleColumns,
    })
    .from(coachingSession)
    .innerJoin(engagement, eq(engagement.id, coachingSession.engagementId))
    .innerJoin(coach, eq(coach.id, coachingSession.coachId))
    .innerJoin(client, eq(client.id, engagement.clientId))
    .leftJoin(sessionSeries, eq(sessionSeries.id, coachingSession.seriesId))
    .$dynamic();
}
export type SessionRow = Awaited<ReturnType<typeof selectSessions>>[number];

export async function selectEngagementSessions(db: Executor, engagementId: string) {
  return selectSessions(db)
    .where(eq(coachingSession.engagementId, engagementId))
    .orderBy(asc(coachingSession.startsAt), asc(coachingSession.id));
}

export async function selectSession(db: Executor, sessionId: string) {
  const [row] = await selectSessions(db).where(eq(coachingSession.id, sessionId));
  return row;
}

/** The coach's scheduled sessions that touch the instants, as the times they are taken. */
export async function busyRanges(
  db: Executor,
  coachId: string,
  from: Date,
  to: Date,
  exceptSessionId?: string,
): Promise<BusyRange[]> {
  const rows = await db
    .select({ start: coachingSession.startsAt, end: coachingSession.busyUntil })
    .from(coachingSession)
    .where(
      and(
        eq(coachingSession.coachId, coachId),
        eq(coachingSession.status, "scheduled"),
        lt(coachingSession.startsAt, to),
        gt(coachingSession.busyUntil, from),
        exceptSessionId ? ne(coachingSession.id, exceptSessionId) : undefined,
      ),
    );
  return rows;
}

/** Sessions of the engagement that use its allowance: scheduled ones and late cancellations. */
export async function countUsed(db: Executor, engagementId: string): Promise<number> {
  const [row] = await db
    .select({ used: sql<number>`count(*)::int` })
    .from(coachingSession)
    .where(
      and(
        eq(coachingSession.engagementId, engagementId),
        sql`(${coachingSession.status} = 'scheduled' or ${coachingSession.countsAsUsed} > 0)`,
      ),
    );
  return row?.used ?? 0;
}

/** The allowance from the sessions of one engagement already read. */
export function allowanceFrom(planned: number, sessions: readonly SessionRow[]) {
  let scheduled = 0;
  let countedCancellations = 0;
  for (const { session } of sessions) {
    if (session.status === "scheduled") scheduled += 1;
    else if (session.countsAsUsed > 0) countedCancellations += 1;
  }
  return allowanceOf(planned, { scheduled, countedCancellations });
}

/** A session as the contract shows it; `maxMoves` is its coach's rule. */
export function presentSession(
  row: Omit<SessionRow, "series"> & { series: SeriesRule | null },
  maxMoves: number,
  now: Date,
): SessionSummary {
  const s = row.session;
  const usesEngagementLink = s.mode === "video" && s.place === "";
  return {
    id: s.id,
    engagementId: s.engagementId,
    engagementTitle: row.engagementTitle,
    coach: row.coach,
    client: row.client,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    timeZone: s.timeZone,
    mode: s.mode,
    place: usesEngagementLink ? (row.meetingLink ?? "") : s.place,
    usesEngagementLink,
    status: s.status,
    when: whenOf(s, now),
    moves: s.moves,
    movesLeft: movesLeft(s.moves, maxMoves),
    cancelledAt: s.cancelledAt?.toISOString() ?? null,
    cancelReason: s.cancelReason,
    countsAsUsed: s.countsAsUsed > 0,
    sequence: s.sequence,
    seriesId: s.seriesId,
    seriesRule: row.series ? describeSeries(row.series) : null,
  };
}
