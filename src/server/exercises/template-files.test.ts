import { afterEach, describe, expect, it } from "vitest";
import { makeContentRoot, removeContentRoots } from "../../../test/support/temp-content-root";
import { wheelsOf } from "../../domain/exercise/wheel";
import { builtInTemplates, EXERCISES_ROOT, loadExerciseFiles } from "./template-files";

describe("the shipped exercise files", () => {
  const shipped = loadExerciseFiles(EXERCISES_ROOT);
  const byId = (id: string) => {
    const found = shipped.find((template) => template.id === id);
    if (!found) throw new Error(`${id} is not shipped`);
    return found.content;
  };

  it("load the five stage-1 exercises, in the order a coach gives them", () => {
    expect(
      builtInTemplates(shipped)
        .list()
        .map((t) => `${t.id}@${t.version}`),
    ).toEqual([
      "values-ranking@1",
      "strengths-energisers-drains@1",
      "career-aspirations@1",
      "leadership-wheel@1",
      "best-self@1",
    ]);
  });

  it("rank a top 5 of 20 to 30 values, then ask why", () => {
    const [ranking, why] = byId("values-ranking").questions;
    expect(ranking).toMatchObject({ type: "ranking", top: 5, required: true });
    expect(ranking?.type === "ranking" && ranking.options.length).toBeGreaterThanOrEqual(20);
    expect(ranking?.type === "ranking" && ranking.options.length).toBeLessThanOrEqual(30);
    expect(why).toMatchObject({ type: "text", required: true });
  });

  it("ask about career aspirations at 1, 3 and 5 years and what success would look like", () => {
    const ids = byId("career-aspirations").questions.map((q) => q.id);
    expect(ids).toEqual(
      expect.arrayContaining(["one-year", "three-years", "five-years", "success"]),
    );
  });

  it("rate eight leadership areas from 1 to 10 on a wheel, and ask which to grow", () => {
    const wheel = byId("leadership-wheel");
    const [drawn] = wheelsOf(wheel, {});
    expect(drawn).toMatchObject({ min: 1, max: 10 });
    expect(drawn?.spokes).toHaveLength(8);
    const grow = wheel.questions.find((q) => q.id === "grow-area");
    expect(grow?.type === "choice" && grow.options.map((o) => o.label)).toEqual(
      drawn?.spokes.map((s) => s.area),
    );
  });

  it("ask for strengths, energisers and drains, and a best-self story", () => {
    const ids = byId("strengths-energisers-drains").questions.map((q) => q.id);
    expect(ids).toEqual(expect.arrayContaining(["strengths", "energisers", "drains"]));
    expect(byId("best-self").questions[0]).toMatchObject({ id: "story", type: "text" });
  });
});

afterEach(removeContentRoots);

const valid = {
  id: "check-in",
  version: 1,
  title: "Check-in",
  purpose: "A short check-in.",
  instructions: "Answer briefly.",
  questions: [{ id: "how", type: "text", prompt: "How are you?", required: true }],
};

describe("loadExerciseFiles", () => {
  it("loads a valid file, with no groups when it names none", () => {
    const [loaded] = loadExerciseFiles(makeContentRoot({ "check-in/v1.json": valid }));
    expect(loaded).toMatchObject({ id: "check-in", version: 1 });
    expect(loaded?.content.groups).toEqual([]);
  });

  it("offers the newest version of each exercise", () => {
    const root = makeContentRoot({
      "check-in/v1.json": valid,
      "check-in/v2.json": { ...valid, version: 2, title: "Check-in, again" },
    });
    expect(builtInTemplates(loadExerciseFiles(root)).get("check-in")?.content.title).toBe(
      "Check-in, again",
    );
  });

  it("reports every problem of every file in one error", () => {
    const root = makeContentRoot({
      "check-in/v2.json": valid,
      "broken/v1.json": "{ not json",
      "rules/v1.json": {
        ...valid,
        id: "rules",
        questions: [
          { id: "a", type: "rating", prompt: "?", required: true, min: 3, max: 1 },
          { id: "a", type: "text", prompt: "?", required: true },
        ],
      },
      "shape/v1.json": { ...valid, id: "shape", extra: true },
    });
    let message = "";
    try {
      loadExerciseFiles(root);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("broken/v1.json:\n  - not valid JSON");
    expect(message).toContain('file name "v2.json" does not match version 1');
    expect(message).toContain("questions.0.max: The top of the scale must be above its bottom");
    expect(message).toContain("questions.1.id: Another question has this id");
    expect(message).toMatch(/shape\/v1\.json:\n {2}- .*extra/);
  });
});
