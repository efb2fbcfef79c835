import { localDateOf, nextLessonAt } from "../../domain/courses/schedule";
import type { AppContext } from "../context";
import { courseDelivery, lessonCompletion, subscriber, subscription } from "../db/schema";

// Readers who found the practice's public pages: people on the 30-day course at every stage
// (some finished, some stopped, one whose address bounced, two who have not confirmed yet) and
// on the articles list, so that the admin's Subscribers page has something true to show.

const DAY = 86_400_000;
const KEEL_COURSE = "become-a-better-leader";

const FIRST = [
  "Amara",
  "Ben",
  "Chloe",
  "Dev",
  "Ewa",
  "Farid",
  "Grace",
  "Hugo",
  "Ines",
  "Jonas",
  "Kemi",
  "Liam",
  "Mei",
  "Nora",
  "Omar",
  "Petra",
  "Quinn",
  "Rosa",
  "Sami",
  "Tara",
  "Umar",
  "Vera",
  "Wes",
  "Yara",
];
const LAST = [
  "Adeyemi",
  "Brennan",
  "Castillo",
  "Dubois",
  "Eriksen",
  "Fischer",
  "Gallo",
  "Haddad",
  "Ito",
  "Jansen",
  "Kowalski",
  "Lindqvist",
];
const ZONES = [
  "Europe/London",
  "Europe/Berlin",
  "America/New_York",
  "America/Los_Angeles",
  "Australia/Sydney",
  "Asia/Singapore",
];

/** How far each reader of the course got: days since they confirmed, and what became of it. */
const COURSE_READERS: {
  startedDaysAgo: number;
  status: "active" | "completed" | "unsubscribed" | "bounced" | "pending";
}[] = [
  ...[1, 2, 2, 4, 6, 7, 9, 11, 12, 15, 17, 20, 22, 26].map((d) => ({
    startedDaysAgo: d,
    status: "active" as const,
  })),
  ...[34, 41, 45, 58].map((d) => ({ startedDaysAgo: d, status: "completed" as const })),
  ...[8, 13, 19].map((d) => ({ startedDaysAgo: d, status: "unsubscribed" as const })),
  { startedDaysAgo: 5, status: "bounced" },
  { startedDaysAgo: 0, status: "pending" },
  { startedDaysAgo: 0, status: "pending" },
];

export async function seedDemoReaders(ctx: AppContext, practiceId: string): Promise<void> {
  const keel = ctx.courses.newest(KEEL_COURSE);
  if (!keel) return;
  const lessons = keel.course.lessons.length;
  const now = Date.now();
  await ctx.db.transaction(async (tx) => {
    for (const [index, reader] of COURSE_READERS.entries()) {
      const person = readerAt(index);
      const started = new Date(now - reader.startedDaysAgo * DAY);
      const [added] = await tx
        .insert(subscriber)
        .values({
          practiceId,
          email: person.email,
          name: person.name,
          timeZone: person.zone,
          createdAt: started,
          ...(reader.status === "bounced"
            ? { suppressedAt: new Date(now - 2 * DAY), suppressedReason: "bounced" as const }
            : {}),
        })
        .returning({ id: subscriber.id });
      if (!added) continue;
      const sent =
        reader.status === "pending"
          ? 0
          : reader.status === "completed"
            ? lessons
            : reader.status === "unsubscribed"
              ? Math.min(lessons, Math.ceil(reader.startedDaysAgo / 2))
              : Math.min(
                  lessons,
                  reader.startedDaysAgo + 1 - (reader.status === "bounced" ? 2 : 0),
                );
      const days = Array.from({ length: sent }, (_, i) =>
        localDateOf(new Date(started.getTime() + i * DAY), person.zone),
      );
      const lastDay = days.at(-1);
      const [row] = await tx
        .insert(subscription)
        .values({
          practiceId,
          subscriberId: added.id,
          list: `course:${KEEL_COURSE}`,
          courseVersionId: keel.versionId,
          status: reader.status === "bounced" ? "active" : reader.status,
          confirmedAt: reader.status === "pending" ? null : started,
          confirmationSentAt: started,
          unsubscribedAt:
            reader.status === "unsubscribed" ? new Date(started.getTime() + sent * DAY) : null,
          nextLesson: sent + 1,
          nextSendAt:
            reader.status === "active" && lastDay && sent < lessons
              ? nextLessonAt({
                  cadence: keel.course.cadence,
                  timeZone: person.zone,
                  lastLocalDate: lastDay,
                }).at
              : null,
          createdAt: started,
        })
        .returning({ id: subscription.id });
      if (!row || sent === 0) continue;
      await tx.insert(courseDelivery).values(
        days.map((localDate, i) => ({
          subscriptionId: row.id,
          lesson: i + 1,
          localDate,
          sentAt: new Date(started.getTime() + i * DAY),
        })),
      );
      // Most mark the first lessons done, fewer later on: a course's usual curve.
      const done = days.flatMap((_, i) =>
        (index + i) % 10 < 8 - Math.floor(i / 6) ? [i + 1] : [],
      );
      if (done.length > 0)
        await tx.insert(lessonCompletion).values(
          done.map((lesson) => ({
            subscriptionId: row.id,
            lesson,
            doneAt: new Date(started.getTime() + (lesson - 1) * DAY + 10 * 3_600_000),
          })),
        );
    }
    await seedArticleReaders(tx, practiceId, now);
  });
}

/** A dozen readers told of new articles, one of whom stopped. */
async function seedArticleReaders(
  tx: Parameters<Parameters<AppContext["db"]["transaction"]>[0]>[0],
  practiceId: string,
  now: number,
) {
  for (let i = 0; i < 12; i++) {
    const person = readerAt(COURSE_READERS.length + i);
    const joined = new Date(now - (40 - i * 3) * DAY);
    const [added] = await tx
      .insert(subscriber)
      .values({
        practiceId,
        email: person.email,
        name: person.name,
        timeZone: person.zone,
        createdAt: joined,
      })
      .returning({ id: subscriber.id });
    if (!added) continue;
    await tx.insert(subscription).values({
      practiceId,
      subscriberId: added.id,
      list: "articles",
      status: i === 7 ? "unsubscribed" : "active",
      confirmedAt: joined,
      confirmationSentAt: joined,
      unsubscribedAt: i === 7 ? new Date(joined.getTime() + 9 * DAY) : null,
      nextSendAt: null,
      createdAt: joined,
    });
  }
}

function readerAt(index: number) {
  const first = FIRST[index % FIRST.length] as string;
  const last = LAST[(index * 5) % LAST.length] as string;
  return {
    name: `${first} ${last}`,
    email: `${first}.${last}${index}@example.org`.toLowerCase(),
    zone: ZONES[index % ZONES.length] as string,
  };
}
