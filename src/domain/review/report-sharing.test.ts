import { describe, expect, it } from "vitest";
import { describeRead, normaliseChoice, sharedKinds } from "./report-sharing";

describe("sharing the final report with the sponsor", () => {
  it("keeps goals that exist, once, and an outcome only with its goal's title", () => {
    const choice = normaliseChoice(
      { summary: true, goalStatus: ["a", "a", "x"], goalOutcome: ["a", "b"] },
      ["a", "b"],
    );
    expect(choice).toEqual({ summary: true, goalStatus: ["a"], goalOutcome: ["a"] });
  });

  it("shares no summary that was never written", () => {
    expect(sharedKinds({ summary: true, goalStatus: [], goalOutcome: [] }, false)).toEqual([]);
    expect(sharedKinds({ summary: true, goalStatus: ["a"], goalOutcome: [] }, true)).toEqual([
      "summary",
      "goal-status",
    ]);
  });

  it("says what a read saw in words", () => {
    expect(describeRead(["goal-status"])).toBe("your goal titles and status");
    expect(describeRead(["summary", "goal-outcome", "goal-status"])).toBe(
      "the report's summary, your goal titles and status and your goals' outcomes",
    );
  });
});
