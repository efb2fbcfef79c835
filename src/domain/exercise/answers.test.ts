import { describe, expect, it } from "vitest";
import { sampleTemplate } from "../../../test/support/test-templates";
import {
  answeredCount,
  answerProblems,
  applyPatch,
  normalizePatch,
  submissionProblems,
} from "./answers";

const template = sampleTemplate();
const problemOf = (questionId: string, value: unknown) =>
  answerProblems(template, { [questionId]: value as never })[0]?.message ?? null;

describe("answerProblems", () => {
  it("accepts a good answer to each type, and null to clear one", () => {
    expect(
      answerProblems(template, {
        story: "Once, at work…",
        values: ["courage", "honesty"],
        order: ["c", "a", "b"],
        one: ["no"],
        many: ["x", "z"],
        r1: 7,
        notes: null,
      }),
    ).toEqual([]);
  });

  it("names a question the exercise does not have", () => {
    expect(answerProblems(template, { story: "ok", ghost: "boo" })).toEqual([
      { questionId: "ghost", message: "This exercise has no such question" },
    ]);
  });

  it("checks text: words, within the question's length", () => {
    expect(problemOf("story", 4)).toBe("Answer in words");
    expect(problemOf("story", "x".repeat(51))).toBe(
      "Keep this to 50 characters or fewer (it has 51)",
    );
    expect(problemOf("notes", "x".repeat(10_000))).toBeNull();
    expect(problemOf("notes", "x".repeat(10_001))).toMatch(/10000 characters/);
  });

  it.each([0, 11, 2.5, "7", [7]])("refuses the rating %j on 1 to 10", (value) => {
    expect(problemOf("r1", value)).toBe("Answer with a whole number from 1 to 10");
  });

  it("accepts both ends of a rating", () => {
    expect(problemOf("r1", 1)).toBeNull();
    expect(problemOf("r1", 10)).toBeNull();
  });

  it("refuses a ranking with a repeat, an unknown option or more than its top N", () => {
    expect(problemOf("values", ["honesty", "honesty"])).toBe('"Honesty" is given more than once');
    expect(problemOf("values", ["honesty", "greed"])).toBe('"greed" is not one of the options');
    expect(problemOf("values", ["honesty", "courage", "fairness"])).toBe("Rank at most 2 options");
    expect(problemOf("values", "honesty")).toBe("Answer with a list of the question's options");
    expect(problemOf("values", [1, 2])).toBe("Answer with a list of the question's options");
  });

  it("accepts a partial ranking in a draft", () => {
    expect(problemOf("values", ["fairness"])).toBeNull();
    expect(problemOf("order", ["b"])).toBeNull();
  });

  it("refuses a choice not among the options, two for a single choice, too many for a multiple", () => {
    expect(problemOf("one", ["maybe"])).toBe('"maybe" is not one of the options');
    expect(problemOf("one", ["yes", "no"])).toBe("Choose one option");
    expect(problemOf("many", ["x", "y", "z"])).toBe("Choose at most 2 options");
    expect(problemOf("many", ["x", "x"])).toBe('"X" is given more than once');
    expect(problemOf("one", "yes")).toBe("Answer with a list of the question's options");
  });
});

describe("applyPatch and normalizePatch", () => {
  it("sets, replaces and clears; blank text and empty lists clear too", () => {
    const saved = { story: "old", notes: "keep", r1: 3, many: ["x"] };
    expect(applyPatch(saved, { story: "new", r1: null, many: [], r2: 5, notes: "  " })).toEqual({
      story: "new",
      r2: 5,
    });
    expect(normalizePatch({ story: " ", one: [], r1: 0 })).toEqual({
      story: null,
      one: null,
      r1: 0,
    });
  });
});

describe("submissionProblems", () => {
  const complete = {
    story: "A day I was at my best.",
    values: ["courage", "honesty"],
    r1: 8,
    r2: 6,
    r3: 9,
  };

  it("lets a complete set of required answers through, optional ones left out", () => {
    expect(submissionProblems(template, complete)).toEqual([]);
    expect(answeredCount(template, complete)).toBe(5);
  });

  it("lists each required question left unanswered, in question order", () => {
    expect(submissionProblems(template, { r2: 6, story: "   " })).toEqual([
      { questionId: "story", code: "required", message: "Answer this question" },
      { questionId: "values", code: "required", message: "Answer this question" },
      { questionId: "r1", code: "required", message: "Answer this question" },
      { questionId: "r3", code: "required", message: "Answer this question" },
    ]);
  });

  it("holds back a ranking begun but not finished, required or not", () => {
    expect(
      submissionProblems(template, { ...complete, values: ["courage"], order: ["a"] }),
    ).toEqual([
      {
        questionId: "values",
        code: "incomplete",
        message: "Pick and rank 2 options (1 so far)",
      },
      { questionId: "order", code: "incomplete", message: "Rank all 3 options (1 ranked so far)" },
    ]);
  });
});
