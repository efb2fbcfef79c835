import { and, asc, count, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { ListStats } from "../../contract/courses";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { course, courseDelivery, lessonCompletion, subscriber, subscription } from "../db/schema";
import { csvDocument } from "./csv";
import { latestKeelVersions } from "./own-courses";

// The practice admin's view of its lists: each course and the articles list, its subscribers by
// status, how many addresses stopped receiving mail, and how far subscribers got, lesson by lesson.

const STATUSES = ["pending", "active", "completed", "unsubscribed"] as const;

export async function listStats(ctx: AppContext, viewer: Viewer): Promise<ListStats[]> {
  const practiceId = viewer.practiceId;
  const byStatus = await ctx.db
    .select({ list: subscription.list, status: subscription.status, n: count() })
    .from(subscription)
    .where(eq(subscription.practiceId, practiceId))
    .groupBy(subscription.list, subscription.status);
  const suppressed = await ctx.db
    .select({ list: subscription.list, n: count() })
    .from(subscription)
    .innerJoin(subscriber, eq(subscriber.id, subscription.subscriberId))
    .where(and(eq(subscription.practiceId, practiceId), isNotNull(subscriber.suppressedAt)))
    .groupBy(subscription.list);
  const sent = await lessonCounts(ctx, practiceId, "sent");
  const done = await lessonCounts(ctx, practiceId, "done");
  const titles = await listTitles(ctx, practiceId);
  const lists = new Set([...titles.keys(), ...byStatus.map((row) => row.list)]);
  return [...lists].sort(byTitle(titles)).map((list) => ({
    list,
    title: titles.get(list) ?? list,
    counts: Object.fromEntries(
      STATUSES.map((status) => [
        status,
        byStatus.find((row) => row.list === list && row.status === status)?.n ?? 0,
      ]),
    ) as ListStats["counts"],
    suppressed: suppressed.find((row) => row.list === list)?.n ?? 0,
    lessons: lessonsOf(list, sent, done),
  }));
}

type LessonCount = { list: string; lesson: number; n: number };

async function lessonCounts(
  ctx: AppContext,
  practiceId: string,
  kind: "sent" | "done",
): Promise<LessonCount[]> {
  const table = kind === "sent" ? courseDelivery : lessonCompletion;
  return ctx.db
    .select({ list: subscription.list, lesson: table.lesson, n: count() })
    .from(table)
    .innerJoin(subscription, eq(subscription.id, table.subscriptionId))
    .where(eq(subscription.practiceId, practiceId))
    .groupBy(subscription.list, table.lesson)
    .orderBy(asc(table.lesson));
}

function lessonsOf(list: string, sent: LessonCount[], done: LessonCount[]) {
  const numbers = new Set(
    [...sent, ...done].filter((row) => row.list === list).map((row) => row.lesson),
  );
  return [...numbers]
    .sort((a, b) => a - b)
    .map((lesson) => ({
      lesson,
      sent: sent.find((row) => row.list === list && row.lesson === lesson)?.n ?? 0,
      done: done.find((row) => row.list === list && row.lesson === lesson)?.n ?? 0,
    }));
}

/** Every list of the practice with a readable name: Keel's courses, its own, and its articles. */
async function listTitles(ctx: AppContext, practiceId: string): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (const version of await latestKeelVersions(ctx.db))
    titles.set(`course:${version.keelCourseId}`, version.title);
  const own = await ctx.db
    .select({ id: course.id, title: course.title })
    .from(course)
    .where(eq(course.practiceId, practiceId));
  for (const row of own) titles.set(`course:${row.id}`, row.title);
  titles.set("articles", "New articles");
  return titles;
}

const byTitle = (titles: Map<string, string>) => (a: string, b: string) =>
  (titles.get(a) ?? a).localeCompare(titles.get(b) ?? b);

const CSV_HEADER = [
  "name",
  "email",
  "list",
  "status",
  "subscribed",
  "confirmed",
  "unsubscribed",
  "lessons done",
];

/** Every subscription of the practice as a CSV document, one row each, oldest first. */
export async function subscribersCsv(ctx: AppContext, viewer: Viewer): Promise<string> {
  const titles = await listTitles(ctx, viewer.practiceId);
  const done = ctx.db
    .select({ subscriptionId: lessonCompletion.subscriptionId, n: count().as("n") })
    .from(lessonCompletion)
    .groupBy(lessonCompletion.subscriptionId)
    .as("done");
  const rows = await ctx.db
    .select({
      name: subscriber.name,
      email: subscriber.email,
      list: subscription.list,
      status: subscription.status,
      createdAt: subscription.createdAt,
      confirmedAt: subscription.confirmedAt,
      unsubscribedAt: subscription.unsubscribedAt,
      done: sql<number>`coalesce(${done.n}, 0)`,
    })
    .from(subscription)
    .innerJoin(subscriber, eq(subscriber.id, subscription.subscriberId))
    .leftJoin(done, eq(done.subscriptionId, subscription.id))
    .where(
      and(
        eq(subscription.practiceId, viewer.practiceId),
        inArray(subscription.status, [...STATUSES]),
      ),
    )
    .orderBy(asc(subscription.createdAt), asc(subscription.id));
  return csvDocument([
    CSV_HEADER,
    ...rows.map((row) => [
      row.name,
      row.email,
      titles.get(row.list) ?? row.list,
      row.status,
      row.createdAt.toISOString(),
      row.confirmedAt?.toISOString() ?? "",
      row.unsubscribedAt?.toISOString() ?? "",
      String(Number(row.done)),
    ]),
  ]);
}
