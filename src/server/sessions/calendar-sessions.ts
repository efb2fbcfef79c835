import { asc, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../db/database";
import { coachingSession, engagement, user } from "../db/schema";
import type { CalendarSession } from "./ics";

// Sessions with what their invitations, mails and feeds say: the engagement, and the coach and
// client with their addresses and the zones they read times in.

const coachUser = alias(user, "calendar_coach");
const clientUser = alias(user, "calendar_client");

const person = (table: typeof coachUser | typeof clientUser) => ({
  id: table.id,
  name: table.name,
  email: table.email,
  timeZone: table.timeZone,
});

const columns = {
  id: coachingSession.id,
  icalUid: coachingSession.icalUid,
  seriesId: coachingSession.seriesId,
  originalStartsAt: coachingSession.originalStartsAt,
  sequence: coachingSession.sequence,
  status: coachingSession.status,
  startsAt: coachingSession.startsAt,
  endsAt: coachingSession.endsAt,
  timeZone: coachingSession.timeZone,
  mode: coachingSession.mode,
  ownPlace: coachingSession.place,
  bookedBy: coachingSession.bookedBy,
  cancelledBy: coachingSession.cancelledBy,
  cancelReason: coachingSession.cancelReason,
  countsAsUsed: coachingSession.countsAsUsed,
  practiceId: engagement.practiceId,
  engagementTitle: engagement.title,
  meetingLink: engagement.meetingLink,
  coach: person(coachUser),
  client: person(clientUser),
};

type Row = Awaited<ReturnType<typeof selectRows>>[number];

export type SessionWithParties = Omit<Row, "ownPlace" | "meetingLink"> & {
  /** The address, number or meeting link: the engagement's link for a video session without its own. */
  place: string;
  pageUrl: string;
};

/** The sessions `where` selects (on coaching_session, engagement, calendar_coach, calendar_client). */
export async function sessionsWithParties(
  db: Executor,
  publicUrl: string,
  where: SQL | undefined,
  limit = 2000,
): Promise<SessionWithParties[]> {
  const rows = await selectRows(db, where, limit);
  return rows.map(({ ownPlace, meetingLink, ...row }) => ({
    ...row,
    place: ownPlace || (row.mode === "video" ? (meetingLink ?? "") : ""),
    pageUrl: `${publicUrl}/sessions/${row.id}`,
  }));
}

function selectRows(db: Executor, where: SQL | undefined, limit: number) {
  return db
    .select(columns)
    .from(coachingSession)
    .innerJoin(engagement, eq(engagement.id, coachingSession.engagementId))
    .innerJoin(coachUser, eq(coachUser.id, coachingSession.coachId))
    .innerJoin(clientUser, eq(clientUser.id, engagement.clientId))
    .where(where)
    .orderBy(asc(coachingSession.startsAt))
    .limit(limit);
}

export { clientUser as calendarClient, coachUser as calendarCoach };

export function calendarSessionOf(session: SessionWithParties): CalendarSession {
  return {
    icalUid: session.icalUid,
    sequence: session.sequence,
    status: session.status,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    timeZone: session.timeZone,
    mode: session.mode,
    place: session.place,
    engagementTitle: session.engagementTitle,
    coach: session.coach,
    client: session.client,
    pageUrl: session.pageUrl,
    recurrenceId: session.originalStartsAt,
  };
}
