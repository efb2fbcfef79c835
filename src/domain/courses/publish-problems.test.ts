import { describe, expect, it } from "vitest";
import { publishProblems } from "./publish-problems";

const lesson = { title: "Listen first", body: "Listen.", task: "Ask one question." };
const course = {
  title: "Five one-to-ones",
  summary: "Short lessons.",
  cadence: { kind: "every", days: 7 },
  lessons: [lesson],
};

describe("what stops a course from being published", () => {
  it("finds nothing in a whole course", () => {
    expect(publishProblems(course)).toEqual([]);
  });

  it("asks for a lesson when there is none", () => {
    expect(publishProblems({ ...course, lessons: [] })).toEqual([
      { path: "lessons", message: "A course needs at least one lesson." },
    ]);
  });

  it("names the lesson and the field left empty", () => {
    const lessons = [lesson, lesson, { ...lesson, task: "  " }];
    expect(publishProblems({ ...course, lessons })).toEqual([
      { path: "lessons.2.task", message: "Lesson 3 needs a task." },
    ]);
  });

  it("asks for a summary", () => {
    expect(publishProblems({ ...course, summary: "" })).toEqual([
      { path: "summary", message: "Write a short summary of the course." },
    ]);
  });
});
