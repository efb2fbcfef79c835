import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Lesson } from "../../src/domain/courses/course-content";
import { LESSON_SENDING_QUEUE } from "../../src/server/courses/lesson-sending";
import { type Database, openServer } from "../../src/server/db/database";
import { courseVersion, practice, subscriber, subscription } from "../../src/server/db/schema";
import { startJobQueue } from "../../src/server/jobs/job-queue";
import { startSmtpSink } from "../../test/support/smtp-sink";
import { insertBatches } from "./seed-helpers";

export const COURSE_MAIL = "course mail";

export interface CourseMailRun {
  subscribers: number;
  /** From sending the job until every subscriber's lesson was claimed and its mail queued. */
  queuedMs: number;
  /** From sending the job until the SMTP server had every mail; NaN when it gave up waiting. */
  deliveredMs: number;
  delivered: number;
}

/** Twice the budget and more: long enough to tell by how much a slow run misses it. */
const GIVE_UP_MS = 6 * 60_000;

const ZONES = ["Europe/London", "America/Los_Angeles", "Pacific/Auckland", "Asia/Kolkata"];

/**
 * A day's course mail as Keel sends it: `subscribers` active subscriptions whose lesson is due
 * now, the sending job sent to the queue, and Keel (its real workers, SMTP_URL pointing at an SMTP
 * server on loopback) running it and delivering every lesson. Measured from sending the job
 * until the SMTP server has received the last mail.
 */
export async function measureCourseMail(input: {
  url: string;
  subscribers: number;
  launch: (env: Record<string, string>) => Promise<{ stop: () => Promise<unknown> }>;
}): Promise<CourseMailRun> {
  const sink = await startSmtpSink();
  const migrated = await input.launch({});
  await migrated.stop();
  const handle = await openServer(input.url, 2);
  try {
    await seedDueLessons(handle.db, input.subscribers);
    const keel = await input.launch({ SMTP_URL: sink.url });
    const jobs = await startJobQueue(handle, { maintenance: false });
    const began = performance.now();
    await jobs.send(LESSON_SENDING_QUEUE, {});
    let queuedMs = Number.NaN;
    let deliveredMs = Number.NaN;
    while (performance.now() - began < GIVE_UP_MS) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (Number.isNaN(queuedMs) && (await deliveries(handle.db)) >= input.subscribers)
        queuedMs = performance.now() - began;
      if (sink.received.length >= input.subscribers) {
        deliveredMs = performance.now() - began;
        break;
      }
    }
    const delivered = sink.received.length;
    await jobs.stop();
    await keel.stop();
    return { subscribers: input.subscribers, queuedMs, deliveredMs, delivered };
  } finally {
    await handle.close();
    await sink.close();
  }
}

async function deliveries(db: Database): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from course_delivery`);
  return (result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0;
}

/** A lesson about as long as the course's own: four paragraphs and a task. */
const lessons: Lesson[] = Array.from({ length: 30 }, (_, i) => ({
  title: `Day ${i + 1}: a practical step`,
  body: Array.from(
    { length: 4 },
    () =>
      "A manager's week fills with other people's requests. This lesson asks you to notice where your own time goes, name one habit that costs your team clarity, and try a small change today. Keep notes: what you tried, what happened, and what you would do differently.",
  ).join("\n\n"),
  task: "Before your first meeting, write down the one decision your team is waiting on from you, and make it by noon.",
}));

/**
 * One practice, a 30-day course, and `count` subscribers on it in four zones, each at lesson 5,
 * due a minute ago.
 */
async function seedDueLessons(db: Database, count: number): Promise<void> {
  const [created] = await db
    .insert(practice)
    .values({ name: "Course mail", slug: "course-mail", postalAddress: "1 High Street, Leeds" })
    .returning();
  const [version] = await db
    .insert(courseVersion)
    .values({
      keelCourseId: "bench-course",
      version: 1,
      title: "Become a better leader in 30 days",
      summary: "Thirty short lessons.",
      cadence: { kind: "daily" },
      lessons,
    })
    .returning();
  if (!created || !version) throw new Error("no practice");
  const people = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    practiceId: created.id,
    email: `reader-${i + 1}@course-bench.example`,
    name: `Reader ${i + 1}`,
    timeZone: ZONES[i % ZONES.length] as string,
  }));
  await insertBatches(db, subscriber, people);
  const due = new Date(Date.now() - 60_000);
  await insertBatches(
    db,
    subscription,
    people.map((p) => ({
      practiceId: created.id,
      subscriberId: p.id,
      list: "course:bench-course",
      courseVersionId: version.id,
      status: "active" as const,
      confirmedAt: due,
      nextLesson: 5,
      nextSendAt: due,
    })),
  );
  await db.execute(sql`vacuum analyze`);
}
