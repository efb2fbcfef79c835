import { and, eq, sql } from "drizzle-orm";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { feedbackCampaign, feedbackRater } from "../db/schema";
import type { JobQueue } from "../jobs/job-queue";
import { selectCampaignFacts, selectRatersToRemind } from "./campaign-queries";
import { type ClosingDeps, closeIfDue } from "./closing";
import { type ReminderKind, reminderTimes } from "./deadlines";
import { mailRaterLink, type RaterMailDeps } from "./rater-mail";

export const CLOSE_QUEUE = "feedback.close";
export const REMIND_QUEUE = "feedback.remind";

/**
 * A job names the deadline (and time zone) it was scheduled for: once the coach moves the
 * deadline, new jobs are sent and the old ones find a different deadline and do nothing.
 */
export interface DeadlineJob {
  campaignId: string;
  deadline: string;
  timeZone?: string;
}
export interface RemindJob extends DeadlineJob {
  kind: ReminderKind;
}

interface Schedule {
  id: string;
  deadline: string;
  timeZone: string;
  closesAt: Date;
}

/**
 * Closing at the end of the deadline day, and reminders 3 days before and on the last day. Given
 * a transaction, the jobs exist only if it commits.
 */
export async function scheduleCampaignJobs(
  jobs: JobQueue,
  campaign: Schedule,
  tx?: Executor,
): Promise<void> {
  const job = {
    campaignId: campaign.id,
    deadline: campaign.deadline,
    timeZone: campaign.timeZone,
  };
  await jobs.send<DeadlineJob>(CLOSE_QUEUE, job, { startAfter: campaign.closesAt, tx });
  for (const { kind, at } of reminderTimes(campaign.deadline, campaign.timeZone))
    await jobs.send<RemindJob>(REMIND_QUEUE, { ...job, kind }, { startAfter: at, tx });
}

export type FeedbackJobDeps = Pick<AppContext, "db"> & RaterMailDeps;

/** The worker of feedback.close: closes the campaign if it is still collecting to that deadline. */
export function closeCampaignJob(deps: ClosingDeps) {
  return async (job: DeadlineJob): Promise<void> => {
    await closeIfDue(deps, job.campaignId, job);
  };
}

/** The worker of feedback.remind: mails the same link again to each rater who has not answered. */
export function remindRatersJob(deps: FeedbackJobDeps) {
  return async (job: RemindJob): Promise<void> => {
    const [campaign] = await deps.db
      .select()
      .from(feedbackCampaign)
      .where(
        and(
          eq(feedbackCampaign.id, job.campaignId),
          eq(feedbackCampaign.status, "collecting"),
          eq(feedbackCampaign.deadline, job.deadline),
          job.timeZone ? eq(feedbackCampaign.timeZone, job.timeZone) : undefined,
        ),
      );
    if (!campaign) return;
    const facts = await selectCampaignFacts(deps.db, campaign.id);
    for (const rater of await selectRatersToRemind(deps.db, campaign.id)) {
      await mailRaterLink(deps, campaign, facts, rater, job.kind);
      await deps.db
        .update(feedbackRater)
        .set({ remindersSent: sql`${feedbackRater.remindersSent} + 1` })
        .where(eq(feedbackRater.id, rater.id));
    }
  };
}
