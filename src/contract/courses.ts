import { z } from "zod";
import { cadenceSchema } from "../domain/courses/course-content";

// Email courses as coaches see them: Keel's own (read-only) and the practice's own, which their
// author and the practice's admin write, preview and publish; enrolments in an engagement; and
// the admin's view of the practice's lists.

const text = (max: number) =>
  z.string("Write this as text").max(max, `Keep this under ${max} characters`);

export const courseCadence = cadenceSchema;

/** A lesson as being written: any field may still be empty until the course is published. */
export const draftLesson = z.strictObject({
  title: text(200),
  body: text(20_000),
  task: text(4_000),
});
export type DraftLesson = z.infer<typeof draftLesson>;

export const createCourseBody = z.strictObject({
  title: text(200).trim().min(1, "Give the course a title"),
  slug: z
    .string("Write this as text")
    .trim()
    .min(1, "Give the course a short web name")
    .max(80, "Keep this under 80 characters")
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens"),
  summary: text(1_000).default(""),
  cadence: courseCadence,
});
export type CreateCourseBody = z.input<typeof createCourseBody>;

/** The whole course as written, with the version it was read at (a stale one is a 409). */
export const saveCourseBody = z.strictObject({
  title: text(200).trim().min(1, "Give the course a title"),
  summary: text(1_000),
  cadence: courseCadence,
  lessons: z.array(draftLesson).max(366, "A course has at most 366 lessons"),
  baseVersion: z.string("Send the version you edited").max(40),
});
export type SaveCourseBody = z.infer<typeof saveCourseBody>;

export const courseKind = z.enum(["keel", "own"]);
export const courseStatusValue = z.enum(["draft", "published", "withdrawn"]);

export const courseSummary = z.object({
  /** Keel's course id (e.g. "better-leader-30"), or a practice course's uuid. */
  id: z.string(),
  kind: courseKind,
  title: z.string(),
  summary: z.string(),
  cadence: courseCadence,
  lessonCount: z.number(),
  status: courseStatusValue,
  /** The latest published version's number, or null before the first. */
  publishedVersion: z.number().nullable(),
  authorName: z.string().nullable(),
  /** Whether the viewer may change it: its author and the practice's admin. */
  mayEdit: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type CourseSummary = z.infer<typeof courseSummary>;

export const courseView = courseSummary.extend({
  slug: z.string().nullable(),
  lessons: z.array(draftLesson),
  /** Sent back with a save: a save over a newer one is refused. */
  version: z.string(),
});
export type CourseView = z.infer<typeof courseView>;

export const previewLessonBody = z.strictObject({
  courseTitle: text(200),
  lessonNumber: z.int().min(1).max(366),
  lessonCount: z.int().min(1).max(366),
  lesson: draftLesson,
});
export type PreviewLessonBody = z.infer<typeof previewLessonBody>;

export const lessonPreview = z.object({
  subject: z.string(),
  html: z.string(),
  text: z.string(),
});
export type LessonPreview = z.infer<typeof lessonPreview>;

// Enrolments in an engagement.

export const enrolBody = z.strictObject({
  courseId: z.string("Choose a course").min(1, "Choose a course").max(100),
});

export const subscriptionStatusValue = z.enum(["pending", "active", "completed", "unsubscribed"]);

export const enrolmentView = z.object({
  subscriptionId: z.uuid(),
  courseId: z.string(),
  courseTitle: z.string(),
  lessonCount: z.number(),
  lessonsSent: z.number(),
  lessonsDone: z.number(),
  nextSendAt: z.string().nullable(),
  timeZone: z.string(),
  status: subscriptionStatusValue,
  enrolledAt: z.string(),
  enrolledByName: z.string().nullable(),
  /** Whether the viewer may stop it: the client. */
  mayStop: z.boolean(),
});
export type EnrolmentView = z.infer<typeof enrolmentView>;

// The admin's view of the practice's lists.

export const listStats = z.object({
  list: z.string(),
  title: z.string(),
  counts: z.object({
    pending: z.number(),
    active: z.number(),
    completed: z.number(),
    unsubscribed: z.number(),
  }),
  /** Subscribers whose address bounced or was refused: nothing more is sent to them. */
  suppressed: z.number(),
  lessons: z.array(z.object({ lesson: z.number(), sent: z.number(), done: z.number() })),
});
export type ListStats = z.infer<typeof listStats>;
