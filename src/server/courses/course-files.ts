import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { inArray } from "drizzle-orm";
import { z } from "zod";
import { type CourseContent, courseContentSchema } from "../../domain/courses/course-content";
import { loadVersionedFiles, newestVersions, versionedFileKeys } from "../content/versioned-files";
import type { Database } from "../db/database";
import { courseVersion } from "../db/schema";
import { PROJECT_ROOT } from "../project-root";

// Keel's own email courses: content/courses/<id>/v<N>.json. Each version is stored in
// course_version the first time Keel starts with it, and a subscription keeps the version it
// began on (decision 027), so a later file never changes lessons a subscriber is part-way through.

export const COURSES_ROOT = path.join(PROJECT_ROOT, "content/courses");

export const courseFileSchema = z.object({ ...versionedFileKeys, ...courseContentSchema.shape });
export type CourseFile = z.infer<typeof courseFileSchema>;

export function loadCourseFiles(root: string = COURSES_ROOT): CourseFile[] {
  return loadVersionedFiles(root, {
    kind: "course",
    schema: courseFileSchema,
    problems: lessonTitleProblems,
    optional: true,
  });
}

function lessonTitleProblems(course: CourseFile): string[] {
  const seen = new Set<string>();
  return course.lessons.flatMap((lesson, index) => {
    const title = lesson.title.toLowerCase();
    if (seen.has(title)) return [`lessons.${index}.title: "${lesson.title}" is used twice`];
    seen.add(title);
    return [];
  });
}

export interface CatalogCourse {
  /** course_version.id of this file's version. */
  versionId: string;
  course: CourseFile;
}

/** Keel's own courses: the newest version of each is what new subscribers get. */
export interface CourseCatalog {
  offered(): CatalogCourse[];
  newest(keelCourseId: string): CatalogCourse | undefined;
}

/**
 * Stores each shipped version the first time it is seen. A version already stored with other
 * content stops the start: subscribers part-way through would get lessons they never signed up for.
 */
export async function loadCourseCatalog(
  db: Database,
  files: CourseFile[] = loadCourseFiles(),
): Promise<CourseCatalog> {
  const ids = await storeVersions(db, files);
  const newest = new Map(
    [...newestVersions(files)].map(([id, course]) => [
      id,
      { versionId: ids.get(keyOf(course)) as string, course },
    ]),
  );
  return { offered: () => [...newest.values()], newest: (id) => newest.get(id) };
}

async function storeVersions(db: Database, files: CourseFile[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (files.length === 0) return ids;
  await db
    .insert(courseVersion)
    .values(files.map((file) => ({ keelCourseId: file.id, ...contentOf(file) })))
    .onConflictDoNothing();
  const rows = await db
    .select()
    .from(courseVersion)
    .where(inArray(courseVersion.keelCourseId, [...new Set(files.map((file) => file.id))]));
  for (const file of files) {
    const row = rows.find((r) => r.keelCourseId === file.id && r.version === file.version);
    if (!row) throw new Error(`course ${keyOf(file)} was not stored`);
    if (!isDeepStrictEqual(contentOf(row), contentOf(file))) throw changedVersion(file);
    ids.set(keyOf(file), row.id);
  }
  return ids;
}

function contentOf(c: CourseContent & { version: number }) {
  return {
    version: c.version,
    title: c.title,
    summary: c.summary,
    cadence: c.cadence,
    lessons: c.lessons.map(({ title, body, task }) => ({ title, body, task })),
  };
}

const keyOf = (file: { id: string; version: number }) => `${file.id}@${file.version}`;

function changedVersion(file: CourseFile) {
  return new Error(
    `The course ${file.id} version ${file.version} differs from the one stored when Keel first started with it. ` +
      `Restore content/courses/${file.id}/v${file.version}.json and put the change in v${file.version + 1}.json.`,
  );
}
