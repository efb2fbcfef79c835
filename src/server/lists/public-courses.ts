import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Cadence, Lesson } from "../../domain/courses/course-content";
import type { Executor } from "../db/database";
import { course, courseVersion } from "../db/schema";

// What a practice offers on its public pages: Keel's own courses (every practice offers them)
// and its coaches' published courses, each at its latest published version.

export interface OfferedCourse {
  /** The course's part of its public address: Keel's course id, or the own course's slug. */
  key: string;
  /** The list its subscriptions are on: course:<keel id> or course:<course uuid>. */
  list: string;
  versionId: string;
  title: string;
  summary: string;
  cadence: Cadence;
  lessons: Lesson[];
}

const versionColumns = {
  versionId: courseVersion.id,
  title: courseVersion.title,
  summary: courseVersion.summary,
  cadence: courseVersion.cadence,
  lessons: courseVersion.lessons,
};

async function keelCourses(db: Executor, keelCourseId?: string): Promise<OfferedCourse[]> {
  const rows = await db
    .selectDistinctOn([courseVersion.keelCourseId], {
      keelCourseId: courseVersion.keelCourseId,
      ...versionColumns,
    })
    .from(courseVersion)
    .where(
      keelCourseId
        ? eq(courseVersion.keelCourseId, keelCourseId)
        : isNotNull(courseVersion.keelCourseId),
    )
    .orderBy(courseVersion.keelCourseId, desc(courseVersion.version));
  return rows.map(({ keelCourseId: id, ...version }) => ({
    key: id ?? "",
    list: `course:${id}`,
    ...version,
  }));
}

async function ownCourses(
  db: Executor,
  practiceId: string,
  slug?: string,
): Promise<OfferedCourse[]> {
  const rows = await db
    .selectDistinctOn([course.id], { courseId: course.id, slug: course.slug, ...versionColumns })
    .from(course)
    .innerJoin(courseVersion, eq(courseVersion.courseId, course.id))
    .where(
      and(
        eq(course.practiceId, practiceId),
        eq(course.status, "published"),
        slug ? eq(course.slug, slug) : undefined,
      ),
    )
    .orderBy(course.id, desc(courseVersion.version));
  return rows.map(({ courseId, slug: key, ...version }) => ({
    key,
    list: `course:${courseId}`,
    ...version,
  }));
}

/** Every course the practice offers, Keel's first, each group by title. */
export async function offeredCourses(db: Executor, practiceId: string): Promise<OfferedCourse[]> {
  const byTitle = (a: OfferedCourse, b: OfferedCourse) => a.title.localeCompare(b.title);
  const [keel, own] = await Promise.all([keelCourses(db), ownCourses(db, practiceId)]);
  return [...keel.sort(byTitle), ...own.sort(byTitle)];
}

/** The course a public address names: Keel's course of that id, else the practice's of that slug. */
export async function findOfferedCourse(
  db: Executor,
  practiceId: string,
  key: string,
): Promise<OfferedCourse | null> {
  const [keel] = await keelCourses(db, key);
  if (keel) return keel;
  const [own] = await ownCourses(db, practiceId, key);
  return own ?? null;
}
