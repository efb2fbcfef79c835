import { describe, expect, it } from "vitest";
import { checkIfThen, formatIfThen, MAX_PART_LENGTH } from "./if-then";

describe("writing an if-then plan", () => {
  it("reads as one sentence", () => {
    const plan = {
      situation: "my manager adds work on a Friday",
      action: "ask which task can wait",
    };
    expect(formatIfThen(plan)).toBe(
      "If my manager adds work on a Friday, then I will ask which task can wait.",
    );
  });

  it("does not repeat the lead words or the full stop the writer typed", () => {
    expect(
      formatIfThen({
        situation: " If a meeting overruns, ",
        action: "then I will end it on time.",
      }),
    ).toBe("If a meeting overruns, then I will end it on time.");
    expect(
      formatIfThen({ situation: "When I am asked to decide", action: "I'll sleep on it" }),
    ).toBe("If I am asked to decide, then I will sleep on it.");
  });
});

describe("checking an if-then plan", () => {
  const path = "obstacles.0.ifThen";

  it("accepts both parts of two words or more", () => {
    expect(checkIfThen({ situation: "Friday arrives", action: "review priorities" }, path)).toEqual(
      [],
    );
  });

  it("asks for each missing part at its own path", () => {
    const problems = checkIfThen({ situation: "  ", action: "then I will" }, path);
    expect(problems.map((p) => p.path)).toEqual([`${path}.situation`, `${path}.action`]);
    expect(problems[0]?.message).toMatch(/^Say when the obstacle shows up/);
  });

  it("asks for more than one word", () => {
    const problems = checkIfThen({ situation: "stress", action: "breathe deeply" }, path);
    expect(problems).toEqual([
      { path: `${path}.situation`, message: expect.stringMatching(/few words/) },
    ]);
  });

  it("refuses a part longer than one sentence, and accepts the limit", () => {
    const atLimit = `a ${"b".repeat(MAX_PART_LENGTH - 2)}`;
    expect(checkIfThen({ situation: atLimit, action: "say no" }, path)).toEqual([]);
    const problems = checkIfThen({ situation: `${atLimit}c`, action: "say no" }, path);
    expect(problems.map((p) => p.path)).toEqual([`${path}.situation`]);
  });
});
