import { describe, expect, it } from "vitest";
import { goalBodyOf, goalFacts } from "./goal-form-values";

function formData(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values))
    for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
  return data;
}

describe("reading the goal form", () => {
  it("sends the 360 links only when the form showed them, a behaviour after its competency", () => {
    const without = goalBodyOf(formData({ statement: "Run the weekly review" }));
    expect(without.body).not.toHaveProperty("behaviourLinks");
    const shown = goalBodyOf(
      formData({
        statement: "Run the weekly review",
        behaviourLinksShown: "1",
        behaviourLinks: ["com", "dev/dev-3"],
      }),
    );
    expect(shown.body.behaviourLinks).toEqual([
      { competencyId: "com" },
      { competencyId: "dev", itemId: "dev-3" },
    ]);
    const cleared = goalBodyOf(formData({ statement: "Run it", behaviourLinksShown: "1" }));
    expect(cleared.body.behaviourLinks).toEqual([]);
  });

  it("sends a measure only when what is measured is written, and numbers as numbers", () => {
    const { body, problems } = goalBodyOf(
      formData({
        statement: " Delegate two projects ",
        measureWhat: "Tasks delegated",
        measureUnit: "tasks a week",
        measureDirection: "higher",
        baseline: "2",
        target: "7,5",
        startDate: "2026-09-01",
        dueDate: "",
        whyItMatters: "",
        developmentEntryIds: ["a", "b"],
      }),
    );
    expect(problems).toEqual({});
    expect(body).toMatchObject({
      statement: "Delegate two projects",
      measure: { what: "Tasks delegated", unit: "tasks a week", direction: "higher" },
      baseline: 2,
      target: 7.5,
      startDate: "2026-09-01",
      dueDate: null,
      developmentEntryIds: ["a", "b"],
    });
    const noMeasure = goalBodyOf(formData({ statement: "x", measureWhat: "  ", baseline: "" }));
    expect(noMeasure.body.measure).toBeNull();
    expect(noMeasure.body.baseline).toBeNull();
    expect(noMeasure.body.startDate).toBeUndefined();
  });

  it("names the fields it cannot read, and a goal with no statement", () => {
    const { problems } = goalBodyOf(formData({ statement: "", baseline: "two" }));
    expect(problems).toEqual({
      baseline: "Give a number, or leave it empty",
      statement: "Write the goal in one sentence",
    });
  });

  it("lists a goal's fields in words for a side-by-side comparison", () => {
    const { body } = goalBodyOf(formData({ statement: "Run the weekly review", target: "4" }));
    expect(goalFacts(body)).toContainEqual({ label: "Measure", value: "None" });
    expect(goalFacts(body)).toContainEqual({ label: "Target", value: "4" });
  });
});
