import { describe, expect, it } from "vitest";
import { pulseAnswerProblems, unansweredProblems, usablePulseAnswers } from "./answers";

const QUESTIONS = [
  { id: "a", text: "A" },
  { id: "b", text: "B" },
  { id: "c", text: "C" },
];

describe("a stakeholder's pulse answers", () => {
  it("accept 1 to 5 and not observed, and refuse the rest at their field", () => {
    expect(pulseAnswerProblems(QUESTIONS, { ratings: { a: 1, b: 5, c: null } })).toEqual([]);
    const paths = pulseAnswerProblems(QUESTIONS, {
      ratings: { a: 0, b: 6, c: 2.5, d: 3 },
      feedforward: "x".repeat(501),
    }).map((p) => p.path);
    expect(paths).toEqual(["ratings.a", "ratings.b", "ratings.c", "ratings.d", "feedforward"]);
  });

  it("need every behaviour answered before sending", () => {
    expect(unansweredProblems(QUESTIONS, { ratings: { a: 3, b: null }, feedforward: "" })).toEqual([
      { path: "ratings.c", message: "Rate this behaviour or choose Not observed." },
    ]);
  });

  it("are left out at closing when they do not fit the round or cannot be stored", () => {
    const full = { ratings: { a: 3, b: null, c: 5 }, feedforward: "  More of this " };
    expect(usablePulseAnswers(QUESTIONS, full)).toEqual({ ...full, feedforward: "More of this" });
    expect(usablePulseAnswers(QUESTIONS, { ratings: { a: 3 }, feedforward: "" })).toBeNull();
    expect(usablePulseAnswers(QUESTIONS, { ...full, feedforward: "a\u0000b" })).toBeNull();
    expect(usablePulseAnswers(QUESTIONS, "not answers")).toBeNull();
  });
});
