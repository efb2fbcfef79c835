import { describe, expect, it } from "vitest";
import { emptyPlan } from "./action-plan";
import { missingForSessions, readyForSessions } from "./ready-for-sessions";

const measure = {
  what: "Projects delegated",
  unit: "projects a month",
  direction: "higher" as const,
};
const plan = { ...emptyPlan(), strategies: [{ id: "t1", text: "Agree the outcome" }] };

describe("ready to move from planning to sessions", () => {
  it("is ready once one goal has both a measure and a plan with something in it", () => {
    expect(
      readyForSessions([
        { measure: null, plan },
        { measure, plan },
      ]),
    ).toBe(true);
    const woopOnly = {
      ...emptyPlan(),
      woop: { wish: "a", outcome: "b", obstacle: "c", plan: "d" },
    };
    expect(readyForSessions([{ measure, plan: woopOnly }])).toBe(true);
  });

  it("is not ready with a measure on one goal and the plan on another, or an empty plan", () => {
    expect(
      readyForSessions([
        { measure: null, plan },
        { measure, plan: null },
      ]),
    ).toBe(false);
    expect(readyForSessions([{ measure, plan: emptyPlan() }])).toBe(false);
    expect(readyForSessions([])).toBe(false);
  });

  it("names what is missing, and nothing once one goal is ready", () => {
    expect(missingForSessions([])).toBe("There is no goal yet.");
    expect(missingForSessions([{ measure: null, plan }])).toBe("No goal has a measure yet.");
    expect(missingForSessions([{ measure, plan: emptyPlan() }])).toBe(
      "No goal has an action plan yet.",
    );
    expect(
      missingForSessions([
        { measure, plan: null },
        { measure: null, plan },
      ]),
    ).toBe("No goal has both a measure and an action plan yet.");
    expect(missingForSessions([{ measure, plan }])).toBeNull();
  });
});
