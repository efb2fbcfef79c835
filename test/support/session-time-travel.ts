import { and, eq } from "drizzle-orm";
import { type DatabaseHandle, openServer } from "../../src/server/db/database";
import { coachingSession } from "../../src/server/db/schema";
import { startJobQueue } from "../../src/server/jobs/job-queue";
import { SESSION_REMINDERS_QUEUE } from "../../src/server/sessions/session-reminders";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Runs `use` on a short-lived connection to a Keel's PostgreSQL database. */
export async function onDatabase<T>(url: string, use: (handle: DatabaseHandle) => Promise<T>) {
  const handle = await openServer(url, 2);
  try {
    return await use(handle);
  } finally {
    await handle.close();
  }
}

/**
 * Lets time pass for the session of an engagement held at `place`, as the database of a Keel
 * on PostgreSQL sees it: booked days ago, it now starts in `hours` (on a whole minute), with its
 * length kept. Answers its id and its new start and end.
 */
export function bringSessionCloser(
  databaseUrl: string,
  session: { engagementId: string; place: string },
  hours: number,
): Promise<{ id: string; startsAt: Date; endsAt: Date }> {
  return onDatabase(databaseUrl, async ({ db }) => {
    const where = and(
      eq(coachingSession.engagementId, session.engagementId),
      eq(coachingSession.place, session.place),
      eq(coachingSession.status, "scheduled"),
    );
    const [found, ...more] = await db.select().from(coachingSession).where(where);
    if (!found || more.length > 0)
      throw new Error(
        `expected one session at ${session.place}, found ${found ? more.length + 1 : 0}`,
      );
    const startsAt = new Date(Math.floor((Date.now() + hours * HOUR) / MINUTE) * MINUTE);
    const move = startsAt.getTime() - found.startsAt.getTime();
    const endsAt = new Date(found.endsAt.getTime() + move);
    await db
      .update(coachingSession)
      .set({
        startsAt,
        endsAt,
        busyUntil: new Date(found.busyUntil.getTime() + move),
        scheduledAt: new Date(Date.now() - 3 * DAY),
      })
      .where(eq(coachingSession.id, found.id));
    return { id: found.id, startsAt, endsAt };
  });
}

/** Queues one run of the session reminders, as their schedule does every five minutes. */
export function queueSessionReminders(databaseUrl: string): Promise<void> {
  return onDatabase(databaseUrl, async (handle) => {
    const jobs = await startJobQueue(handle, { maintenance: false });
    try {
      await jobs.send(SESSION_REMINDERS_QUEUE, {});
    } finally {
      await jobs.stop();
    }
  });
}
