import { z } from "zod";

/**
 * How often a course's lessons arrive: every day, on weekdays only (Monday to Friday in the
 * subscriber's zone), or every N days (7 for weekly).
 */
export const cadenceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("daily") }),
  z.object({ kind: z.literal("weekdays") }),
  z.object({ kind: z.literal("every"), days: z.int().min(2).max(14) }),
]);
export type Cadence = z.infer<typeof cadenceSchema>;

/** One lesson: a short text and one practical task, both Markdown. */
export const lessonSchema = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(20_000),
  task: z.string().trim().min(1).max(4_000),
});
export type Lesson = z.infer<typeof lessonSchema>;

/** What a course says, as Keel's content files and a coach's own courses both hold it. */
export const courseContentSchema = z.object({
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().min(1).max(1_000),
  cadence: cadenceSchema,
  lessons: z.array(lessonSchema).min(1).max(366),
});
export type CourseContent = z.infer<typeof courseContentSchema>;

/** The hour, in the subscriber's own zone, at which a lesson arrives. */
export const LESSON_HOUR = 8;
