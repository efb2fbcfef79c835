import type { FastifyBaseLogger } from "fastify";
import {
  PUBLISH_ARTICLES_CRON,
  PUBLISH_ARTICLES_QUEUE,
  publishArticlesJob,
} from "../articles/publishing";
import {
  CHECK_IN_MAIL_CRON,
  CHECK_IN_MAIL_QUEUE,
  checkInMailJob,
} from "../check-ins/check-in-mail";
import {
  COMMITMENT_REMINDERS_CRON,
  COMMITMENT_REMINDERS_QUEUE,
  commitmentRemindersJob,
} from "../commitments/commitment-reminders";
import type { BuiltInModels } from "../competency-models/model-files";
import type { Config } from "../config";
import {
  LESSON_SENDING_CRON,
  LESSON_SENDING_QUEUE,
  lessonSendingJob,
} from "../courses/lesson-sending";
import type { Database } from "../db/database";
import { WEEKLY_DIGEST_CRON, WEEKLY_DIGEST_QUEUE, weeklyDigestJob } from "../digest/weekly-digest";
import {
  ANNOUNCE_WORK_QUEUE,
  type AnnounceWorkJob,
  announceWorkJob,
} from "../engagements/work-announcement";
import {
  CLOSE_QUEUE,
  closeCampaignJob,
  type DeadlineJob,
  REMIND_QUEUE,
  type RemindJob,
  remindRatersJob,
} from "../feedback/campaign-jobs";
import { createMailDelivery, createMailer } from "../mail/mailer";
import {
  SPONSOR_REPORT_CRON,
  SPONSOR_REPORT_QUEUE,
  sponsorReportJob,
} from "../programmes/sponsor-report-mail";
import { PULSE_ROUNDS_CRON, PULSE_ROUNDS_QUEUE, pulseRoundsJob } from "../pulses/rounds";
import {
  SESSION_REMINDERS_CRON,
  SESSION_REMINDERS_QUEUE,
  sessionRemindersJob,
} from "../sessions/session-reminders";
import { SUSTAIN_MAIL_CRON, SUSTAIN_MAIL_QUEUE, sustainMailJob } from "../sustain/check-in-mail";
import type { JobQueue } from "./job-queue";
import {
  PRUNE_RATE_LIMITS_CRON,
  PRUNE_RATE_LIMITS_QUEUE,
  pruneRateLimitsJob,
} from "./rate-limit-pruning";

/** Every background worker a Keel process runs; each process runs all of them. */
export async function registerWorkers(
  jobs: JobQueue,
  deps: {
    db: Database;
    config: Config;
    log: FastifyBaseLogger;
    /** Keel's secret: reminders carry raters' links, derived from it. */
    authSecret: string;
    /** The sponsors' reports weigh the programme's 360 change by the model's competencies. */
    competencyModels: BuiltInModels;
  },
): Promise<void> {
  const delivery = createMailDelivery(deps);
  if (delivery) await jobs.work<{ mailId: string }>("mail.deliver", delivery, { parallel: true });
  await jobs.work<DeadlineJob>(CLOSE_QUEUE, closeCampaignJob(deps));
  const mailer = createMailer({ ...deps, jobs });
  await jobs.work<RemindJob>(REMIND_QUEUE, remindRatersJob({ ...deps, mailer }));
  await jobs.work<AnnounceWorkJob>(ANNOUNCE_WORK_QUEUE, announceWorkJob({ ...deps, mailer }));
  await jobs.work(PRUNE_RATE_LIMITS_QUEUE, pruneRateLimitsJob(deps));
  await jobs.schedule(PRUNE_RATE_LIMITS_QUEUE, PRUNE_RATE_LIMITS_CRON);
  await jobs.work(SESSION_REMINDERS_QUEUE, sessionRemindersJob({ ...deps, mailer }));
  await jobs.schedule(SESSION_REMINDERS_QUEUE, SESSION_REMINDERS_CRON);
  await jobs.work(CHECK_IN_MAIL_QUEUE, checkInMailJob({ ...deps, mailer }));
  await jobs.schedule(CHECK_IN_MAIL_QUEUE, CHECK_IN_MAIL_CRON);
  await jobs.work(LESSON_SENDING_QUEUE, lessonSendingJob({ ...deps, mailer }));
  await jobs.schedule(LESSON_SENDING_QUEUE, LESSON_SENDING_CRON);
  await jobs.work(PULSE_ROUNDS_QUEUE, pulseRoundsJob({ ...deps, mailer }));
  await jobs.schedule(PULSE_ROUNDS_QUEUE, PULSE_ROUNDS_CRON);
  await jobs.work(COMMITMENT_REMINDERS_QUEUE, commitmentRemindersJob({ ...deps, mailer }));
  await jobs.schedule(COMMITMENT_REMINDERS_QUEUE, COMMITMENT_REMINDERS_CRON);
  await jobs.work(WEEKLY_DIGEST_QUEUE, weeklyDigestJob({ ...deps, mailer }));
  await jobs.schedule(WEEKLY_DIGEST_QUEUE, WEEKLY_DIGEST_CRON);
  await jobs.work(SUSTAIN_MAIL_QUEUE, sustainMailJob({ ...deps, mailer }));
  await jobs.schedule(SUSTAIN_MAIL_QUEUE, SUSTAIN_MAIL_CRON);
  await jobs.work(SPONSOR_REPORT_QUEUE, sponsorReportJob({ ...deps, mailer }));
  await jobs.schedule(SPONSOR_REPORT_QUEUE, SPONSOR_REPORT_CRON);
  await jobs.work(PUBLISH_ARTICLES_QUEUE, publishArticlesJob({ ...deps, mailer }));
  await jobs.schedule(PUBLISH_ARTICLES_QUEUE, PUBLISH_ARTICLES_CRON);
}
