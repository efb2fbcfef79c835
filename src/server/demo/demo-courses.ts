import type { Lesson } from "../../domain/courses/course-content";
import { localDateOf, nextLessonAt } from "../../domain/courses/schedule";
import { addDays } from "../../domain/sessions/zoned-time";
import type { AppContext } from "../context";
import {
  course,
  courseDelivery,
  courseVersion,
  lessonCompletion,
  subscriber,
  subscription,
} from "../db/schema";

// Email courses in the demo: Maya enrolled Daniel in Keel's 30-day leadership course five
// mornings ago; a lesson has come each day since, and he marked the first three done. Maya has
// also published a short course of her own, a lesson a week.

const ZONE = "Europe/London";
const KEEL_COURSE = "become-a-better-leader";
const LESSONS_SENT = 5;
const LESSONS_DONE = 3;

interface DemoCourseParties {
  practiceId: string;
  coachId: string;
  client: { userId: string; name: string; email: string };
  engagementId: string;
}

export async function seedDemoCourses(ctx: AppContext, parties: DemoCourseParties) {
  await ctx.db.transaction(async (tx) => {
    const [own] = await tx.insert(course).values(mayasCourse(parties)).returning({ id: course.id });
    if (own) await tx.insert(courseVersion).values({ courseId: own.id, version: 1, ...MAYAS });
    const keel = ctx.courses.newest(KEEL_COURSE);
    if (!keel) return;
    const now = new Date();
    const days = sendingDays(now);
    const [person] = await tx
      .insert(subscriber)
      .values({
        practiceId: parties.practiceId,
        email: parties.client.email.toLowerCase(),
        name: parties.client.name,
        timeZone: ZONE,
        userId: parties.client.userId,
        createdAt: days[0]?.at ?? now,
      })
      .returning({ id: subscriber.id });
    const last = days.at(-1)?.localDate ?? localDateOf(now, ZONE);
    const [enrolled] = await tx
      .insert(subscription)
      .values({
        practiceId: parties.practiceId,
        subscriberId: person?.id as string,
        list: `course:${KEEL_COURSE}`,
        courseVersionId: keel.versionId,
        status: "active",
        confirmedAt: days[0]?.at ?? now,
        enrolledById: parties.coachId,
        engagementId: parties.engagementId,
        nextLesson: LESSONS_SENT + 1,
        nextSendAt: nextLessonAt({
          cadence: keel.course.cadence,
          timeZone: ZONE,
          lastLocalDate: last,
        }).at,
        createdAt: days[0]?.at ?? now,
      })
      .returning({ id: subscription.id });
    const subscriptionId = enrolled?.id as string;
    await tx.insert(courseDelivery).values(
      days.map((day, index) => ({
        subscriptionId,
        lesson: index + 1,
        localDate: day.localDate,
        sentAt: day.at,
      })),
    );
    await tx.insert(lessonCompletion).values(
      days.slice(0, LESSONS_DONE).map((day, index) => ({
        subscriptionId,
        lesson: index + 1,
        doneAt: new Date(day.at.getTime() + 9 * 3_600_000),
      })),
    );
  });
}

/**
 * The mornings Daniel's lessons went, oldest first, each at 08:00 in London: ending today when
 * today's 08:00 has passed, else yesterday, so the next lesson is still to come.
 */
function sendingDays(now: Date): { localDate: string; at: Date }[] {
  const today = localDateOf(now, ZONE);
  const todays = lessonMorning(today);
  const lastDay = todays.getTime() <= now.getTime() ? today : addDays(today, -1);
  return Array.from({ length: LESSONS_SENT }, (_, index) => {
    const localDate = addDays(lastDay, index - (LESSONS_SENT - 1));
    return { localDate, at: lessonMorning(localDate) };
  });
}

const lessonMorning = (localDate: string) =>
  nextLessonAt({
    cadence: { kind: "daily" },
    timeZone: ZONE,
    lastLocalDate: addDays(localDate, -1),
  }).at;

function mayasCourse(parties: DemoCourseParties) {
  return {
    practiceId: parties.practiceId,
    authorId: parties.coachId,
    slug: "five-one-to-ones",
    status: "published" as const,
    ...MAYAS,
    updatedAt: new Date(),
  };
}

const LESSONS: Lesson[] = [
  {
    title: "Whose meeting is it?",
    body: "A one-to-one is your report's time, not a status update for you. When they bring the agenda, you hear what matters to them.",
    task: "Ask each of your reports to bring the first item to your next one-to-one.",
  },
  {
    title: "Ask, then wait",
    body: "Most of us answer our own questions when a silence runs past three seconds. Let it run: the second thought is often the real one.",
    task: "In one one-to-one this week, ask *What else?* and count to five before you speak.",
  },
  {
    title: "Feedback that lands",
    body: "Name what happened, its effect, and what you would like next time. Keep it to one thing.",
    task: "Give one piece of specific, kind feedback, in those three parts.",
  },
  {
    title: "Growth, not just tasks",
    body: "Once a month, spend the meeting on where your report wants to be in a year, not on this week's work.",
    task: "Ask one report: *What would you like to be better at a year from now?*",
  },
  {
    title: "Close the loop",
    body: "End each one-to-one by saying back what each of you will do before the next one. Write it down where you both can see it.",
    task: "At the end of your next one-to-one, agree one action each and note them.",
  },
];

const MAYAS = {
  title: "Five one-to-ones that matter",
  summary:
    "Five weekly lessons on the meeting that shapes your team most: the one-to-one. Each ends with one thing to try in your next one.",
  cadence: { kind: "every" as const, days: 7 },
  lessons: LESSONS,
};
