import { describe, expect, it } from "vitest";
import { goalAnswerProblems, sensibleRange } from "./answers";

describe("the values a check-in accepts for a measure", () => {
  it("keeps counts from zero up to five gaps past the farther end", () => {
    expect(sensibleRange({ baseline: 0, target: 2 })).toEqual({ min: 0, max: 12 });
    expect(sensibleRange({ baseline: 30, target: 20 })).toEqual({ min: 0, max: 180 });
  });

  it("allows negative values when the line goes below zero", () => {
    expect(sensibleRange({ baseline: -2, target: 1 })).toEqual({ min: -17, max: 16 });
  });

  it("has no range without baseline and target", () => {
    expect(sensibleRange({ baseline: null, target: null })).toBeNull();
    expect(sensibleRange({ baseline: null, target: 4 })).toEqual({ min: 0, max: 24 });
  });
});

describe("a check-in's goal answers", () => {
  const asked = [
    { id: "a", baseline: 0, target: 2, hasMeasure: true },
    { id: "b", baseline: null, target: null, hasMeasure: false },
  ];

  it("accepts every goal answered once with sensible values", () => {
    const answers = [
      { goalId: "a", confidence: 7, value: 12 },
      { goalId: "b", confidence: 3, value: null },
    ];
    expect(goalAnswerProblems(asked, answers)).toEqual([]);
  });

  it("names each field to fix", () => {
    const problems = goalAnswerProblems(asked, [
      { goalId: "a", confidence: 7, value: 12.5 },
      { goalId: "b", confidence: 3, value: 1 },
      { goalId: "a", confidence: 3, value: null },
      { goalId: "z", confidence: 3, value: null },
    ]);
    expect(problems.map((p) => p.path)).toEqual([
      "goals.0.value",
      "goals.1.value",
      "goals.2.goalId",
      "goals.3.goalId",
    ]);
  });

  it("asks for a goal left out", () => {
    expect(goalAnswerProblems(asked, [{ goalId: "a", confidence: 7, value: null }])).toEqual([
      { path: "goals", message: "Give a confidence for every goal." },
    ]);
  });
});
