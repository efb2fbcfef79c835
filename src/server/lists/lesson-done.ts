import { and, eq } from "drizzle-orm";
import type { Executor } from "../db/database";
import { courseDelivery, lessonCompletion } from "../db/schema";
import { readLessonDoneToken } from "./list-links";
import { type SubscriptionRecord, subscriptionRecord } from "./subscription-record";

export type DoneLink =
  | { state: "forged" }
  | { state: "unconfirmed"; record: SubscriptionRecord }
  | { state: "not-sent"; record: SubscriptionRecord; lesson: number }
  | { state: "ready"; record: SubscriptionRecord; lesson: number; done: boolean };

/** What a "done" link names, and whether its lesson may be marked done. */
export async function readDoneLink(
  db: Executor,
  authSecret: string,
  token: string,
): Promise<DoneLink> {
  const named = readLessonDoneToken(authSecret, token);
  if (!named) return { state: "forged" };
  const record = await subscriptionRecord(db, named.subscriptionId);
  if (!record?.course) return { state: "forged" };
  if (record.status === "pending") return { state: "unconfirmed", record };
  const [sent] = await db
    .select({ lesson: courseDelivery.lesson })
    .from(courseDelivery)
    .where(
      and(eq(courseDelivery.subscriptionId, record.id), eq(courseDelivery.lesson, named.lesson)),
    );
  if (!sent) return { state: "not-sent", record, lesson: named.lesson };
  const [done] = await db
    .select({ lesson: lessonCompletion.lesson })
    .from(lessonCompletion)
    .where(
      and(
        eq(lessonCompletion.subscriptionId, record.id),
        eq(lessonCompletion.lesson, named.lesson),
      ),
    );
  return { state: "ready", record, lesson: named.lesson, done: Boolean(done) };
}

/** Records the lesson's task done; a second click changes nothing. */
export async function markLessonDone(db: Executor, subscriptionId: string, lesson: number) {
  await db.insert(lessonCompletion).values({ subscriptionId, lesson }).onConflictDoNothing();
}
