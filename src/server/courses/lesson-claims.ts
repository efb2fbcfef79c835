import { and, eq, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { Cadence, Lesson } from "../../domain/courses/course-content";
import { localDateOf, nextLessonAt } from "../../domain/courses/schedule";
import type { Config } from "../config";
import type { Database, Executor } from "../db/database";
import { courseDelivery, subscription } from "../db/schema";
import { listHeaders, listId } from "../lists/list-headers";
import { lessonDoneUrl, unsubscribeUrl } from "../lists/list-links";
import type { Mailer, OutgoingMail } from "../mail/mailer";
import { lessonMail } from "./lesson-mail-template";

// Claiming and sending due lessons, many subscriptions to one transaction: their rows are locked
// (a row another process holds is left to it), each lesson is claimed by inserting its
// course_delivery row (the keys refuse a second send of a lesson and a second lesson on one local
// day), the mails are recorded with their delivery jobs, and each subscription is moved on, all
// or nothing. A handful of statements for a hundred lessons, where one transaction each held
// 10,000 subscribers' mail to several minutes (docs/performance.md, "Course mail").

export type LessonDeps = {
  db: Database;
  mailer: Mailer;
  config: Pick<Config, "publicUrl">;
  authSecret: string;
};

export interface Due {
  id: string;
  list: string;
  practiceId: string;
  courseVersionId: string;
  nextLesson: number;
  nextSendAt: Date;
  email: string;
  timeZone: string;
  practice: { name: string; slug: string; postalAddress: string | null };
  enrolledBy: string | null;
}

export interface Version {
  title: string;
  cadence: Cadence;
  lessons: Lesson[];
}

export type Outcome = "sent" | "deferred" | null;

interface Move {
  id: string;
  nextLesson: number;
  nextSendAt: Date | null;
  status: "active" | "completed";
}

/** Sends the lessons of `batch` (each with its course version) in one transaction. */
export async function sendLessons(
  deps: LessonDeps,
  batch: { due: Due; version: Version }[],
  now: Date,
): Promise<Outcome[]> {
  return deps.db.transaction(async (tx) => {
    const ready = await lockReady(tx, batch, now);
    const outcomes = new Map<string, Outcome>();
    const moves: Move[] = [];
    const toSend: { due: Due; version: Version; lesson: Lesson; localDate: string }[] = [];
    for (const item of ready) {
      const lesson = item.version.lessons[item.due.nextLesson - 1];
      if (!lesson) moves.push(finished(item.due.id, item.due.nextLesson));
      else toSend.push({ ...item, lesson, localDate: localDateOf(now, item.due.timeZone) });
    }
    const claimed = await claim(tx, toSend, now);
    const sending = toSend.filter((item) => claimed.has(item.due.id));
    for (const item of toSend.filter((one) => !claimed.has(one.due.id))) {
      moves.push(await deferred(tx, item.due, item.version, item.localDate));
      outcomes.set(item.due.id, "deferred");
    }
    const mails = await deps.mailer.sendMany(
      sending.map((item) => lessonMailFor(deps, item.due, item.version, item.lesson)),
      tx,
    );
    await linkMails(
      tx,
      sending.map((item, i) => ({ item, mailId: (mails[i] as { id: string }).id })),
    );
    for (const item of sending) {
      moves.push(advanced(item.due, item.version, item.localDate));
      outcomes.set(item.due.id, "sent");
    }
    await applyMoves(tx, moves);
    return batch.map(({ due }) => outcomes.get(due.id) ?? null);
  });
}

/**
 * The subscriptions still due at the lesson the batch was read at, locked. A row another process
 * holds is skipped: it is sending that lesson.
 */
async function lockReady(tx: Executor, batch: { due: Due; version: Version }[], now: Date) {
  if (batch.length === 0) return [];
  const rows = await tx
    .select({ id: subscription.id, nextLesson: subscription.nextLesson })
    .from(subscription)
    .where(
      and(
        inArray(
          subscription.id,
          batch.map(({ due }) => due.id),
        ),
        eq(subscription.status, "active"),
        lte(subscription.nextSendAt, now),
      ),
    )
    .for("update", { skipLocked: true });
  const current = new Map(rows.map((row) => [row.id, row.nextLesson]));
  return batch.filter(({ due }) => current.get(due.id) === due.nextLesson);
}

async function claim(
  tx: Executor,
  items: { due: Due; localDate: string }[],
  now: Date,
): Promise<Set<string>> {
  if (items.length === 0) return new Set();
  const rows = await tx
    .insert(courseDelivery)
    .values(
      items.map(({ due, localDate }) => ({
        subscriptionId: due.id,
        lesson: due.nextLesson,
        localDate,
        sentAt: now,
      })),
    )
    .onConflictDoNothing()
    .returning({ subscriptionId: courseDelivery.subscriptionId });
  return new Set(rows.map((row) => row.subscriptionId));
}

function lessonMailFor(deps: LessonDeps, due: Due, version: Version, lesson: Lesson): OutgoingMail {
  const secrets = { publicUrl: deps.config.publicUrl, authSecret: deps.authSecret };
  const unsubscribe = unsubscribeUrl(secrets, due.id);
  const mail = lessonMail({
    practice: due.practice,
    courseTitle: version.title,
    lessonNumber: due.nextLesson,
    lessonCount: version.lessons.length,
    lesson,
    doneUrl: lessonDoneUrl(secrets, due.id, due.nextLesson),
    unsubscribeUrl: unsubscribe,
    enrolledBy: due.enrolledBy,
  });
  const courseKey = due.list.replace(/^course:/, "");
  return {
    to: due.email,
    ...mail,
    practiceId: due.practiceId,
    headers: listHeaders({
      listId: listId(version.title, [courseKey, due.practice.slug], deps.config.publicUrl),
      unsubscribeUrl: unsubscribe,
    }),
  };
}

const valuesList = (rows: SQL[]) => sql.join(rows, sql`, `);

async function linkMails(tx: Executor, sent: { item: { due: Due }; mailId: string }[]) {
  if (sent.length === 0) return;
  const rows = sent.map(
    ({ item, mailId }) => sql`(${item.due.id}::uuid, ${item.due.nextLesson}::int, ${mailId}::uuid)`,
  );
  await tx.execute(sql`
    update course_delivery d set mail_id = v.mail_id
    from (values ${valuesList(rows)}) as v(subscription_id, lesson, mail_id)
    where d.subscription_id = v.subscription_id and d.lesson = v.lesson`);
}

async function applyMoves(tx: Executor, moves: Move[]) {
  if (moves.length === 0) return;
  const rows = moves.map(
    (m) =>
      sql`(${m.id}::uuid, ${m.nextLesson}::int, ${m.nextSendAt?.toISOString() ?? null}::timestamptz, ${m.status}::subscription_status)`,
  );
  await tx.execute(sql`
    update subscription s
    set next_lesson = v.next_lesson, next_send_at = v.next_send_at, status = v.status
    from (values ${valuesList(rows)}) as v(id, next_lesson, next_send_at, status)
    where s.id = v.id`);
}

const finished = (id: string, nextLesson: number): Move => ({
  id,
  nextLesson,
  nextSendAt: null,
  status: "completed",
});

/** After a lesson went on localDate: the next on the next cadence day, or the course is done. */
function advanced(due: Due, version: Version, localDate: string): Move {
  if (due.nextLesson >= version.lessons.length) return finished(due.id, due.nextLesson + 1);
  const { cadence } = version;
  const next = nextLessonAt({ cadence, timeZone: due.timeZone, lastLocalDate: localDate });
  return { id: due.id, nextLesson: due.nextLesson + 1, nextSendAt: next.at, status: "active" };
}

/**
 * The lesson was sent before, or another lesson went today (a subscription started again the
 * same day): nothing is sent twice. The lesson waits for the next cadence day, moved past any
 * lesson already sent.
 */
async function deferred(tx: Executor, due: Due, version: Version, localDate: string) {
  const sent = await tx
    .select({ lesson: courseDelivery.lesson })
    .from(courseDelivery)
    .where(eq(courseDelivery.subscriptionId, due.id));
  const done = new Set(sent.map((row) => row.lesson));
  let nextLesson = due.nextLesson;
  while (done.has(nextLesson)) nextLesson++;
  if (nextLesson > version.lessons.length) return finished(due.id, nextLesson);
  const { cadence } = version;
  const next = nextLessonAt({ cadence, timeZone: due.timeZone, lastLocalDate: localDate });
  return { id: due.id, nextLesson, nextSendAt: next.at, status: "active" as const };
}
