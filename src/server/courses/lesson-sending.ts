import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { FastifyBaseLogger } from "fastify";
import type { Database } from "../db/database";
import { courseVersion, practice, subscriber, subscription, user } from "../db/schema";
import type { JobQueue } from "../jobs/job-queue";
import {
  type Due,
  type LessonDeps,
  type Outcome,
  sendLessons,
  type Version,
} from "./lesson-claims";

// Sends each active subscription's due lesson. A lesson is claimed by inserting its
// course_delivery row, whose keys refuse a second send of the lesson and a second lesson on the
// subscriber's local day, in the transaction that records the mail and moves the subscription on
// (lesson-claims.ts): however many processes run this at once, and whenever Keel comes back after
// being down, each lesson goes once, none is skipped, and the next is counted from the day this
// one went.

export const LESSON_SENDING_QUEUE = "course.lessons";
/** Every five minutes: a lesson leaves at most five minutes after 08:00 in the subscriber's zone. */
export const LESSON_SENDING_CRON = "*/5 * * * *";

export function lessonSendingJob(deps: LessonDeps & { log: FastifyBaseLogger }) {
  return async () => {
    const { sent, deferred, failed } = await sendDueLessons(deps, new Date());
    if (sent + deferred + failed.length > 0)
      deps.log.info({ sent, deferred, failed: failed.length }, "course lessons");
    for (const subscriptionId of failed)
      deps.log.warn({ subscriptionId }, "a course lesson was not sent; it is tried again next run");
  };
}

/** Runs the sending job now: lesson 1 of a subscription just confirmed or enrolled goes at once. */
export async function queueLessonSending(ctx: { jobs: JobQueue }): Promise<void> {
  await ctx.jobs.send(LESSON_SENDING_QUEUE, {});
}

const BATCH = 500;
/** Lessons sent in one transaction. */
const CLAIM = 100;

export async function sendDueLessons(
  deps: LessonDeps,
  now: Date,
): Promise<{ sent: number; deferred: number; failed: string[] }> {
  const versions = new Map<string, Version>();
  const failed: string[] = [];
  const seen = new Set<string>();
  const outcomes: Outcome[] = [];
  let after: Due | undefined;
  for (;;) {
    // A time set in SQL has microseconds a Date drops: the ids seen keep such a row from being
    // read again and again.
    const batch = (await selectDue(deps.db, now, after)).filter((due) => !seen.has(due.id));
    after = batch.at(-1);
    if (!after) break;
    for (const due of batch) seen.add(due.id);
    await loadVersions(deps.db, batch, versions);
    const items = batch.map((due) => ({
      due,
      version: versions.get(due.courseVersionId) as Version,
    }));
    for (let i = 0; i < items.length; i += CLAIM) {
      const claim = items.slice(i, i + CLAIM);
      outcomes.push(...(await sendLessons(deps, claim, now).catch(() => oneByOne(claim))));
    }
  }
  return {
    sent: outcomes.filter((o) => o === "sent").length,
    deferred: outcomes.filter((o) => o === "deferred").length,
    failed,
  };

  // A batch that failed is tried one lesson at a time, so one bad row holds back no other.
  async function oneByOne(claim: { due: Due; version: Version }[]): Promise<Outcome[]> {
    const each: Outcome[] = [];
    for (const item of claim) {
      const [outcome = null] = await sendLessons(deps, [item], now).catch(() => {
        failed.push(item.due.id);
        return [null];
      });
      each.push(outcome);
    }
    return each;
  }
}

const enroller = alias(user, "enroller");

/** The due subscriptions after the last one read, oldest due first. */
async function selectDue(db: Database, now: Date, after: Due | undefined): Promise<Due[]> {
  return db
    .select({
      id: subscription.id,
      list: subscription.list,
      practiceId: subscription.practiceId,
      courseVersionId: subscription.courseVersionId,
      nextLesson: subscription.nextLesson,
      nextSendAt: subscription.nextSendAt,
      email: subscriber.email,
      timeZone: subscriber.timeZone,
      practice: { name: practice.name, slug: practice.slug, postalAddress: practice.postalAddress },
      enrolledBy: enroller.name,
    })
    .from(subscription)
    .innerJoin(subscriber, eq(subscriber.id, subscription.subscriberId))
    .innerJoin(practice, eq(practice.id, subscription.practiceId))
    .leftJoin(enroller, eq(enroller.id, subscription.enrolledById))
    .where(
      and(
        eq(subscription.status, "active"),
        isNotNull(subscription.nextSendAt),
        lte(subscription.nextSendAt, now),
        isNotNull(subscription.courseVersionId),
        isNull(subscriber.suppressedAt),
        after
          ? or(
              gt(subscription.nextSendAt, after.nextSendAt),
              and(eq(subscription.nextSendAt, after.nextSendAt), gt(subscription.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(subscription.nextSendAt), asc(subscription.id))
    .limit(BATCH) as Promise<Due[]>;
}

async function loadVersions(db: Database, batch: Due[], versions: Map<string, Version>) {
  const missing = [...new Set(batch.map((due) => due.courseVersionId))].filter(
    (id) => !versions.has(id),
  );
  if (missing.length === 0) return;
  const rows = await db
    .select({
      id: courseVersion.id,
      title: courseVersion.title,
      cadence: courseVersion.cadence,
      lessons: courseVersion.lessons,
    })
    .from(courseVersion)
    .where(inArray(courseVersion.id, missing));
  for (const { id, ...version } of rows) versions.set(id, version);
}
