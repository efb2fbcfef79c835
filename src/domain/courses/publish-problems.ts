import type { FieldProblem } from "../field-problem";
import { type CourseContent, courseContentSchema } from "./course-content";

// What stops a coach's course from being published, each problem naming the lesson and field to
// fix, so "Lesson 3 needs a task" is read where the task is written.

const FIELD_NAMES: Record<string, string> = {
  title: "a title",
  body: "a text",
  task: "a task",
};

export function publishProblems(content: unknown): FieldProblem[] {
  const parsed = courseContentSchema.safeParse(content);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const path = issue.path.map(String);
    return { path: path.join("."), message: messageOf(path, issue.code, issue.message) };
  });
}

export function isPublishable(content: unknown): content is CourseContent {
  return publishProblems(content).length === 0;
}

function messageOf(path: string[], code: string, fallback: string): string {
  const [first, index, field] = path;
  if (first === "lessons" && index === undefined) return "A course needs at least one lesson.";
  if (first === "lessons" && field) {
    const lesson = `Lesson ${Number(index) + 1}`;
    const name = FIELD_NAMES[field] ?? field;
    return code === "too_small" ? `${lesson} needs ${name}.` : `${lesson}: ${fallback}`;
  }
  if (first === "summary" && code === "too_small") return "Write a short summary of the course.";
  if (first === "title" && code === "too_small") return "Give the course a title.";
  return fallback;
}
