import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { COURSES_ROOT, loadCourseFiles } from "./course-files";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function courseFolder(content: object): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "keel-courses-"));
  made.push(root);
  fs.mkdirSync(path.join(root, "lead"));
  fs.writeFileSync(path.join(root, "lead", "v1.json"), JSON.stringify(content));
  return root;
}

const lesson = (title: string) => ({ title, body: "Some text.", task: "Do one thing." });
const course = {
  id: "lead",
  version: 1,
  title: "Lead",
  summary: "Two lessons.",
  cadence: { kind: "weekdays" },
  lessons: [lesson("One"), lesson("Two")],
};

describe("Keel's course files", () => {
  it("load when valid", () => {
    expect(loadCourseFiles(courseFolder(course))).toEqual([course]);
  });

  it("refuse a lesson title used twice", () => {
    const root = courseFolder({ ...course, lessons: [lesson("One"), lesson("one")] });
    expect(() => loadCourseFiles(root)).toThrow(/lessons\.1\.title: "one" is used twice/);
  });

  it("are none when the folder is missing", () => {
    expect(loadCourseFiles(path.join(os.tmpdir(), "no-such-courses-folder"))).toEqual([]);
  });

  it("shipped with Keel are all valid", () => {
    expect(() => loadCourseFiles(COURSES_ROOT)).not.toThrow();
  });
});
