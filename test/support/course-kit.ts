import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import type { Agent } from "./agent";

// Writing a coach's own course through the API, as the editor does.

export const TWO_LESSONS = [
  {
    title: "Listen first",
    body: "In your next one-to-one, **listen** before you speak.",
    task: "Ask one open question and wait.",
  },
  {
    title: "Say thank you",
    body: "Thanks that name the deed land.",
    task: "Thank one person for one specific thing today.",
  },
];

export const uniqueSlug = (label = "course") => `${label}-${randomBytes(4).toString("hex")}`;

/** A draft course with the lessons given, saved; returns its view. */
export async function writeCourse(
  agent: Agent,
  lessons: { title: string; body: string; task: string }[] = TWO_LESSONS,
  facts: { title?: string; summary?: string; cadence?: object } = {},
) {
  const created = await agent.post("/api/courses", {
    title: facts.title ?? "Five one-to-ones that matter",
    slug: uniqueSlug(),
    summary: facts.summary ?? "Short lessons for better one-to-ones.",
    cadence: facts.cadence ?? { kind: "every", days: 7 },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const saved = await agent.put(`/api/courses/${created.body.id}`, {
    title: created.body.title,
    summary: created.body.summary,
    cadence: created.body.cadence,
    lessons,
    baseVersion: created.body.version,
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return saved.body as { id: string; version: string; title: string };
}

/** A published course of two lessons; returns its id. */
export async function publishedCourse(agent: Agent, title?: string): Promise<string> {
  const course = await writeCourse(agent, TWO_LESSONS, title ? { title } : {});
  const published = await agent.post(`/api/courses/${course.id}/publish`);
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  return course.id;
}

/** Saves a course as its current version, read first: a save that is never stale. */
export async function saveFresh(agent: Agent, id: string, change: object = {}) {
  const current = await agent.get(`/api/courses/${id}`);
  const base = current.body?.version ?? new Date().toISOString();
  return agent.put(`/api/courses/${id}`, {
    title: current.body?.title ?? "A course",
    summary: current.body?.summary ?? "",
    cadence: current.body?.cadence ?? { kind: "daily" },
    lessons: current.body?.lessons ?? TWO_LESSONS,
    baseVersion: base,
    ...change,
  });
}
