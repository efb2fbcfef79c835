import { asc, eq, inArray } from "drizzle-orm";
import { weekOf } from "../../src/domain/check-ins/week";
import { addDays } from "../../src/domain/sessions/zoned-time";
import { CHECK_IN_MAIL_QUEUE } from "../../src/server/check-ins/check-in-mail";
import { checkIn, checkInGoal, goalMeasurement } from "../../src/server/db/schema";
import { startJobQueue } from "../../src/server/jobs/job-queue";
import { onDatabase } from "./session-time-travel";

const DAY = 86_400_000;

/**
 * Lets `days` pass for an engagement's check-ins, as the database of a Keel on PostgreSQL sees
 * them: each was sent that many days earlier, for the week of its new day (weeks in the client's
 * `timeZone`), and the measurements it recorded were taken that many days earlier too.
 */
export function moveCheckInsBack(
  databaseUrl: string,
  engagementId: string,
  days: number,
  timeZone = "UTC",
): Promise<void> {
  return onDatabase(databaseUrl, async ({ db }) => {
    const rows = await db
      .select({ id: checkIn.id, submittedAt: checkIn.submittedAt })
      .from(checkIn)
      .where(eq(checkIn.engagementId, engagementId))
      .orderBy(asc(checkIn.week));
    if (rows.length === 0) throw new Error(`no check-in of engagement ${engagementId} to move`);
    // Oldest first: each lands in a week older than every one not yet moved.
    for (const row of rows) {
      const submittedAt = new Date(row.submittedAt.getTime() - days * DAY);
      await db
        .update(checkIn)
        .set({ submittedAt, week: weekOf(submittedAt, timeZone) })
        .where(eq(checkIn.id, row.id));
    }
    const measured = await db
      .select({ id: goalMeasurement.id, measuredOn: goalMeasurement.measuredOn })
      .from(checkInGoal)
      .innerJoin(goalMeasurement, eq(goalMeasurement.id, checkInGoal.measurementId))
      .where(
        inArray(
          checkInGoal.checkInId,
          rows.map((row) => row.id),
        ),
      );
    for (const m of measured)
      await db
        .update(goalMeasurement)
        .set({ measuredOn: addDays(m.measuredOn, -days) })
        .where(eq(goalMeasurement.id, m.id));
  });
}

/** Queues one run of the weekly check-in mail, as its schedule does every fifteen minutes. */
export function queueCheckInMail(databaseUrl: string): Promise<void> {
  return onDatabase(databaseUrl, async (handle) => {
    const jobs = await startJobQueue(handle, { maintenance: false });
    try {
      await jobs.send(CHECK_IN_MAIL_QUEUE, {});
    } finally {
      await jobs.stop();
    }
  });
}
