import { and, desc, eq, isNotNull, max, sql } from "drizzle-orm";
import type {
  CourseSummary,
  CourseView,
  CreateCourseBody,
  LessonPreview,
  PreviewLessonBody,
  SaveCourseBody,
} from "../../contract/courses";
import type { Lesson } from "../../domain/courses/course-content";
import { publishProblems } from "../../domain/courses/publish-problems";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { course, courseVersion, practice, user } from "../db/schema";
import { AppError, forbidden, invalidInput, notFound } from "../http/errors";
import { lessonMail } from "./lesson-mail-template";

// The courses a coach sees: Keel's own, read-only, each at its latest stored version, and the
// practice's own, which their author and the practice's admin write and publish. Publishing
// freezes the lessons into the next course_version; subscribers keep the version they joined.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type CourseRow = typeof course.$inferSelect;
type VersionRow = typeof courseVersion.$inferSelect;

export async function listCourses(ctx: AppContext, viewer: Viewer): Promise<CourseSummary[]> {
  const keel = await latestKeelVersions(ctx.db);
  const own = await ctx.db
    .select({ course, authorName: user.name, published: max(courseVersion.version) })
    .from(course)
    .leftJoin(user, eq(user.id, course.authorId))
    .leftJoin(courseVersion, eq(courseVersion.courseId, course.id))
    .where(eq(course.practiceId, viewer.practiceId))
    .groupBy(course.id, user.name)
    .orderBy(desc(course.updatedAt));
  return [
    ...keel.map(summaryOfKeel),
    ...own.map((row) => summaryOfOwn(viewer, row.course, row.authorName, row.published)),
  ];
}

export async function getCourse(ctx: AppContext, viewer: Viewer, id: string): Promise<CourseView> {
  if (!UUID.test(id)) return viewOfKeel(await findKeelCourse(ctx.db, id));
  return viewOfOwn(ctx.db, viewer, await findOwnCourse(ctx.db, viewer, id));
}

export async function createCourse(
  ctx: AppContext,
  viewer: Viewer,
  input: CreateCourseBody,
): Promise<CourseView> {
  const [created] = await ctx.db
    .insert(course)
    .values({
      practiceId: viewer.practiceId,
      authorId: viewer.userId,
      slug: input.slug,
      title: input.title,
      summary: input.summary ?? "",
      cadence: input.cadence,
      lessons: [],
      updatedAt: new Date(),
    })
    .onConflictDoNothing()
    .returning();
  if (!created) throw slugTaken();
  return viewOfOwn(ctx.db, viewer, created);
}

/** Replaces the course as written; a save over a version newer than the one edited is a 409. */
export async function saveCourse(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
  input: SaveCourseBody,
): Promise<CourseView> {
  const current = await findEditableCourse(ctx.db, viewer, id);
  const base = new Date(input.baseVersion);
  if (Number.isNaN(base.getTime()) || !sameVersion(current.updatedAt, base)) throw staleCourse();
  const [saved] = await ctx.db
    .update(course)
    .set({
      title: input.title,
      summary: input.summary.trim(),
      cadence: input.cadence,
      lessons: input.lessons,
    })
    .where(
      and(
        eq(course.id, current.id),
        sql`date_trunc('milliseconds', ${course.updatedAt}) = ${base.toISOString()}::timestamptz`,
      ),
    )
    .returning();
  if (!saved) throw staleCourse();
  return viewOfOwn(ctx.db, viewer, saved);
}

/** Checks the course whole, then freezes it as its next version and opens it to subscribers. */
export async function publishCourse(ctx: AppContext, viewer: Viewer, id: string) {
  const found = await findEditableCourse(ctx.db, viewer, id);
  const published = await ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(course).where(eq(course.id, found.id)).for("update");
    if (!current) throw notFound("This course");
    const content = {
      title: current.title,
      summary: current.summary,
      cadence: current.cadence,
      lessons: current.lessons,
    };
    const problems = publishProblems(content);
    if (problems.length > 0)
      throw invalidInput(problems, problems[0]?.message ?? "The course needs some fixes.");
    const [last] = await tx
      .select({ version: max(courseVersion.version) })
      .from(courseVersion)
      .where(eq(courseVersion.courseId, current.id));
    await tx.insert(courseVersion).values({
      courseId: current.id,
      version: (last?.version ?? 0) + 1,
      title: content.title.trim(),
      summary: content.summary.trim(),
      cadence: content.cadence,
      lessons: content.lessons.map(trimmedLesson),
    });
    const [saved] = await tx
      .update(course)
      .set({ status: "published" })
      .where(eq(course.id, current.id))
      .returning();
    return saved as CourseRow;
  });
  return viewOfOwn(ctx.db, viewer, published);
}

/** No one new may subscribe; those subscribed keep getting the version they joined. */
export async function withdrawCourse(ctx: AppContext, viewer: Viewer, id: string) {
  const current = await findEditableCourse(ctx.db, viewer, id);
  if (current.status !== "published")
    throw new AppError("course_not_open", "Only a published course can be withdrawn.");
  const [saved] = await ctx.db
    .update(course)
    .set({ status: "withdrawn" })
    .where(eq(course.id, current.id))
    .returning();
  return viewOfOwn(ctx.db, viewer, saved as CourseRow);
}

/** A lesson's mail as it will arrive, with example links, for anyone who may read the course. */
export async function previewLesson(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
  input: PreviewLessonBody,
): Promise<LessonPreview> {
  if (UUID.test(id)) await findOwnCourse(ctx.db, viewer, id);
  else await findKeelCourse(ctx.db, id);
  const [sender] = await ctx.db
    .select({ name: practice.name, postalAddress: practice.postalAddress })
    .from(practice)
    .where(eq(practice.id, viewer.practiceId));
  const example = `${ctx.config.publicUrl}/lists`;
  return lessonMail({
    practice: sender ?? { name: viewer.practiceName, postalAddress: null },
    courseTitle: input.courseTitle,
    lessonNumber: input.lessonNumber,
    lessonCount: Math.max(input.lessonCount, input.lessonNumber),
    lesson: input.lesson,
    doneUrl: `${example}/done/example`,
    unsubscribeUrl: `${example}/unsubscribe/example`,
  });
}

/** The course an enrolment may join: Keel's, or the practice's published one, at its latest version. */
export async function findOpenCourseVersion(
  db: Executor,
  viewer: Viewer,
  id: string,
): Promise<{ list: string; version: VersionRow }> {
  if (!UUID.test(id)) {
    const version = await findKeelCourse(db, id);
    return { list: `course:${version.keelCourseId}`, version };
  }
  const own = await findOwnCourse(db, viewer, id);
  if (own.status !== "published") throw new AppError("course_not_open");
  const [version] = await db
    .select()
    .from(courseVersion)
    .where(eq(courseVersion.courseId, own.id))
    .orderBy(desc(courseVersion.version))
    .limit(1);
  if (!version) throw new AppError("course_not_open");
  return { list: `course:${own.id}`, version };
}

/** Each of Keel's courses at its newest stored version. */
export async function latestKeelVersions(db: Executor): Promise<VersionRow[]> {
  const rows = await db
    .selectDistinctOn([courseVersion.keelCourseId])
    .from(courseVersion)
    .where(isNotNull(courseVersion.keelCourseId))
    .orderBy(courseVersion.keelCourseId, desc(courseVersion.version));
  return rows;
}

async function findKeelCourse(db: Executor, id: string): Promise<VersionRow> {
  const [row] = await db
    .select()
    .from(courseVersion)
    .where(eq(courseVersion.keelCourseId, id))
    .orderBy(desc(courseVersion.version))
    .limit(1);
  if (!row) throw notFound("This course");
  return row;
}

async function findOwnCourse(db: Executor, viewer: Viewer, id: string): Promise<CourseRow> {
  const [row] = await db
    .select()
    .from(course)
    .where(and(eq(course.id, id), eq(course.practiceId, viewer.practiceId)));
  if (!row) throw notFound("This course");
  return row;
}

async function findEditableCourse(db: Executor, viewer: Viewer, id: string): Promise<CourseRow> {
  if (!UUID.test(id)) {
    await findKeelCourse(db, id);
    throw forbidden("Keel's own courses can't be changed. Write a course of your own instead.");
  }
  const row = await findOwnCourse(db, viewer, id);
  if (!mayEdit(viewer, row))
    throw forbidden("Only the course's author and the practice's admin may change it.");
  return row;
}

const mayEdit = (viewer: Viewer, row: CourseRow) =>
  row.authorId === viewer.userId || (viewer.role === "coach" && viewer.isAdmin);

const sameVersion = (a: Date, b: Date) => Math.floor(a.getTime()) === Math.floor(b.getTime());

const staleCourse = () =>
  new AppError(
    "stale_version",
    "Someone saved this course meanwhile; your changes were not saved. Reload to see theirs.",
  );

const slugTaken = () =>
  invalidInput(
    [{ path: "slug", message: "Another course of the practice has this web name" }],
    "Choose another web name for the course.",
  );

const trimmedLesson = (lesson: Lesson): Lesson => ({
  title: lesson.title.trim(),
  body: lesson.body.trim(),
  task: lesson.task.trim(),
});

function summaryOfKeel(row: VersionRow): CourseSummary {
  return {
    id: row.keelCourseId ?? "",
    kind: "keel",
    title: row.title,
    summary: row.summary,
    cadence: row.cadence,
    lessonCount: row.lessons.length,
    status: "published",
    publishedVersion: row.version,
    authorName: null,
    mayEdit: false,
    updatedAt: null,
  };
}

function summaryOfOwn(
  viewer: Viewer,
  row: CourseRow,
  authorName: string | null,
  published: number | null,
): CourseSummary {
  return {
    id: row.id,
    kind: "own",
    title: row.title,
    summary: row.summary,
    cadence: row.cadence,
    lessonCount: row.lessons.length,
    status: row.status,
    publishedVersion: published,
    authorName,
    mayEdit: mayEdit(viewer, row),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function viewOfKeel(row: VersionRow): CourseView {
  return { ...summaryOfKeel(row), slug: null, lessons: row.lessons, version: String(row.version) };
}

async function viewOfOwn(db: Executor, viewer: Viewer, row: CourseRow): Promise<CourseView> {
  const [extra] = await db
    .select({ authorName: user.name, published: max(courseVersion.version) })
    .from(course)
    .leftJoin(user, eq(user.id, course.authorId))
    .leftJoin(courseVersion, eq(courseVersion.courseId, course.id))
    .where(eq(course.id, row.id))
    .groupBy(user.name);
  return {
    ...summaryOfOwn(viewer, row, extra?.authorName ?? null, extra?.published ?? null),
    slug: row.slug,
    lessons: row.lessons,
    version: row.updatedAt.toISOString(),
  };
}
