import { and, eq } from "drizzle-orm";
import { engagementStageChange } from "../../src/server/db/schema";
import { startJobQueue } from "../../src/server/jobs/job-queue";
import { SUSTAIN_MAIL_QUEUE } from "../../src/server/sustain/check-in-mail";
import { onDatabase } from "./session-time-travel";

/** Lets `days` pass since an engagement moved to sustaining, as a Keel on PostgreSQL sees it. */
export function moveSustainingBack(databaseUrl: string, engagementId: string, days: number) {
  return onDatabase(databaseUrl, async ({ db }) => {
    const moved = await db
      .update(engagementStageChange)
      .set({ changedAt: new Date(Date.now() - days * 86_400_000) })
      .where(
        and(
          eq(engagementStageChange.engagementId, engagementId),
          eq(engagementStageChange.toStage, "sustaining"),
        ),
      )
      .returning({ id: engagementStageChange.id });
    if (moved.length !== 1) throw new Error(`engagement ${engagementId} never moved to sustaining`);
  });
}

/** Queues one run of the self check-in mail, as its schedule does every hour. */
export function queueSustainMail(databaseUrl: string): Promise<void> {
  return onDatabase(databaseUrl, async (handle) => {
    const jobs = await startJobQueue(handle, { maintenance: false });
    try {
      await jobs.send(SUSTAIN_MAIL_QUEUE, {});
    } finally {
      await jobs.stop();
    }
  });
}
