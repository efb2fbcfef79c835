import { eq } from "drizzle-orm";
import type { Cadence, Lesson } from "../../domain/courses/course-content";
import type { Executor } from "../db/database";
import { courseVersion, practice, subscriber, subscription } from "../db/schema";
import type { PublicPractice } from "../public-site/public-practice";

/** A subscription as the pages of list links show it: its list named, its practice, its course. */
export interface SubscriptionRecord {
  id: string;
  status: "pending" | "active" | "completed" | "unsubscribed";
  list: string;
  /** "Become a better leader in 30 days", or "new articles from Northwind Coaching". */
  listTitle: string;
  practice: PublicPractice;
  subscriber: { id: string; name: string; timeZone: string };
  course: { title: string; cadence: Cadence; lessons: Lesson[] } | null;
  nextLesson: number;
  nextSendAt: Date | null;
  confirmationSentAt: Date | null;
}

export const isCourseList = (list: string) => list.startsWith("course:");
export const articlesListTitle = (practiceName: string) => `new articles from ${practiceName}`;

export async function subscriptionRecord(
  db: Executor,
  id: string,
): Promise<SubscriptionRecord | null> {
  const [row] = await db
    .select({
      id: subscription.id,
      status: subscription.status,
      list: subscription.list,
      nextLesson: subscription.nextLesson,
      nextSendAt: subscription.nextSendAt,
      confirmationSentAt: subscription.confirmationSentAt,
      practice: {
        id: practice.id,
        name: practice.name,
        slug: practice.slug,
        postalAddress: practice.postalAddress,
      },
      subscriber: { id: subscriber.id, name: subscriber.name, timeZone: subscriber.timeZone },
      courseTitle: courseVersion.title,
      cadence: courseVersion.cadence,
      lessons: courseVersion.lessons,
    })
    .from(subscription)
    .innerJoin(subscriber, eq(subscriber.id, subscription.subscriberId))
    .innerJoin(practice, eq(practice.id, subscription.practiceId))
    .leftJoin(courseVersion, eq(courseVersion.id, subscription.courseVersionId))
    .where(eq(subscription.id, id));
  if (!row) return null;
  const { courseTitle, cadence, lessons, ...rest } = row;
  const course =
    courseTitle !== null && cadence !== null && lessons !== null
      ? { title: courseTitle, cadence, lessons }
      : null;
  return {
    ...rest,
    course,
    listTitle: course ? course.title : articlesListTitle(row.practice.name),
  };
}
