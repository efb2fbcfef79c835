import { describe, expect, it } from "vitest";
import { type ActionPlan, emptyPlan } from "../../../../../domain/goals/action-plan";
import { conflictingItems } from "../../../../../domain/goals/plan-conflicts";
import { conflictKey, mergeStaleEdit } from "./merge-stale";

const strategy = (id: string, text: string) => ({ id, text });
const plan = (strategies: { id: string; text: string }[]): ActionPlan => ({
  ...emptyPlan(),
  strategies,
});

describe("mergeStaleEdit", () => {
  const base = plan([strategy("a", "Ask first"), strategy("b", "Block Fridays")]);
  const mine = plan([strategy("a", "Ask the team first"), strategy("c", "Mine, new")]);
  const theirs = plan([
    strategy("a", "Ask the manager first"),
    strategy("b", "Block Friday mornings"),
    strategy("d", "Theirs, new"),
  ]);
  const conflicts = new Set(conflictingItems(base, mine, theirs).map(conflictKey));

  it("finds the items both changed: a changed by both, b removed by me and changed by them", () => {
    expect([...conflicts]).toEqual(["strategies:a", "strategies:b"]);
  });

  it("keeps both people's other changes and follows each choice", () => {
    const merged = mergeStaleEdit(base, mine, theirs, conflicts, {
      "strategies:a": "mine",
      "strategies:b": "theirs",
    });
    expect(merged.strategies).toEqual([
      strategy("a", "Ask the team first"),
      strategy("b", "Block Friday mornings"),
      strategy("d", "Theirs, new"),
      strategy("c", "Mine, new"),
    ]);
  });

  it("removes an item when the person keeps their removal", () => {
    const merged = mergeStaleEdit(base, mine, theirs, conflicts, {
      "strategies:a": "theirs",
      "strategies:b": "mine",
    });
    expect(merged.strategies.map((s) => s.text)).toEqual([
      "Ask the manager first",
      "Theirs, new",
      "Mine, new",
    ]);
  });

  it("carries over WOOP prompts only one of them wrote", () => {
    const woop = { wish: "Lead calmly", outcome: "Calm", obstacle: "Rush", plan: "Pause" };
    const merged = mergeStaleEdit(
      emptyPlan(),
      { ...emptyPlan(), woop },
      emptyPlan(),
      new Set(),
      {},
    );
    expect(merged.woop).toEqual(woop);
  });
});
