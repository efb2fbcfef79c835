import { describe, expect, it } from "vitest";
import { type ActionPlan, emptyPlan } from "./action-plan";
import { conflictingItems } from "./plan-conflicts";

const base: ActionPlan = {
  ...emptyPlan(),
  strategies: [
    { id: "t1", text: "Agree the outcome" },
    { id: "t2", text: "Check in weekly" },
  ],
};

function withStrategies(texts: Record<string, string | null>): ActionPlan {
  const strategies = base.strategies
    .map((s) => (s.id in texts ? { ...s, text: texts[s.id] } : s))
    .filter((s): s is { id: string; text: string } => s.text !== null);
  return { ...base, strategies };
}

describe("two people editing the same version", () => {
  it("has no conflict when they changed different items", () => {
    const mine = withStrategies({ t1: "Agree the outcome first" });
    const theirs = withStrategies({ t2: "Check in every Friday" });
    expect(conflictingItems(base, mine, theirs)).toEqual([]);
  });

  it("has no conflict when they made the same change", () => {
    const same = withStrategies({ t1: "Agree the outcome first" });
    expect(conflictingItems(base, same, structuredClone(same))).toEqual([]);
  });

  it("names each item both changed differently, with both versions of it", () => {
    const mine = withStrategies({ t1: "Agree the outcome first" });
    const theirs = withStrategies({ t1: null });
    expect(conflictingItems(base, mine, theirs)).toEqual([
      {
        section: "strategies",
        id: "t1",
        mine: { id: "t1", text: "Agree the outcome first" },
        theirs: null,
      },
    ]);
  });

  it("names the WOOP prompts when both wrote them differently", () => {
    const woop = { wish: "Lead", outcome: "Time", obstacle: "Habit", plan: "Plan" };
    const mine = { ...base, woop };
    const theirs = { ...base, woop: { ...woop, wish: "Grow" } };
    expect(conflictingItems(base, mine, theirs).map((c) => c.section)).toEqual(["woop"]);
  });
});
