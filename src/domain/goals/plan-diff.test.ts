import { describe, expect, it } from "vitest";
import { type ActionPlan, emptyPlan } from "./action-plan";
import { changedFields, compareItems, comparePlans, hasChanges } from "./plan-diff";

const first: ActionPlan = {
  ...emptyPlan(),
  skills: [{ id: "s1", text: "Hand over whole projects" }],
  strategies: [
    { id: "t1", text: "Agree the outcome, not the method" },
    { id: "t2", text: "Check in weekly, not daily" },
    { id: "t3", text: "Say no to new committees" },
  ],
  obstacles: [
    {
      id: "o1",
      obstacle: "Urge to fix it myself",
      ifThen: { situation: "I want to redo someone's work", action: "ask what they would change" },
    },
  ],
};

describe("comparing two versions of a plan", () => {
  it("marks each item added, removed, changed or unchanged, matched by id", () => {
    const second: ActionPlan = {
      ...first,
      strategies: [
        { id: "t1", text: "Agree the outcome, not the method" },
        { id: "t3", text: "Say no to new committees this quarter" },
        { id: "t4", text: "Block Friday mornings for strategy" },
      ],
      resources: [{ id: "r1", title: "The Coaching Habit" }],
    };
    const diff = comparePlans(first, second);
    const strategies = diff.sections.find((s) => s.section === "strategies")?.rows;
    expect(strategies?.map((r) => [r.id, r.change])).toEqual([
      ["t1", "unchanged"],
      ["t2", "removed"],
      ["t3", "changed"],
      ["t4", "added"],
    ]);
    expect(strategies?.[2]).toMatchObject({ fields: ["text"] });
    const resources = diff.sections.find((s) => s.section === "resources")?.rows;
    expect(resources).toEqual([{ change: "added", id: "r1", after: second.resources[0] }]);
    expect(hasChanges(diff)).toBe(true);
  });

  it("names a changed part of an if-then plan by its path", () => {
    const [obstacle] = first.obstacles;
    if (!obstacle) throw new Error("fixture");
    const second = {
      ...first,
      obstacles: [
        { ...obstacle, ifThen: { ...obstacle.ifThen, action: "ask one question first" } },
      ],
    };
    const rows = comparePlans(first, second).sections.find((s) => s.section === "obstacles")?.rows;
    expect(rows?.[0]).toMatchObject({ change: "changed", fields: ["ifThen.action"] });
  });

  it("finds nothing changed between a version and an equal copy", () => {
    const diff = comparePlans(first, structuredClone(first));
    expect(hasChanges(diff)).toBe(false);
    expect(diff.woop).toBeNull();
  });

  it("compares the WOOP prompts as one item", () => {
    const woop = { wish: "Lead", outcome: "Time to think", obstacle: "Habit", plan: "If... then" };
    const added = comparePlans(first, { ...first, woop });
    expect(added.woop).toEqual({ change: "added", id: "woop", after: woop });
    const changed = comparePlans({ ...first, woop }, { ...first, woop: { ...woop, wish: "Grow" } });
    expect(changed.woop).toMatchObject({ change: "changed", fields: ["wish"] });
    expect(comparePlans({ ...first, woop }, first).woop?.change).toBe("removed");
  });

  it("keeps removed items where they were: first, between, and last", () => {
    const before = ["a", "b", "c", "d"].map((id) => ({ id }));
    const after = [{ id: "b" }, { id: "x" }, { id: "d" }].map((i) => i);
    const rows = compareItems(before, after).map((r) => `${r.change[0]}${r.id}`);
    expect(rows).toEqual(["ra", "ub", "rc", "ax", "ud"]);
    expect(compareItems(before, []).map((r) => r.id)).toEqual(["a", "b", "c", "d"]);
  });

  it("lists fields that appeared, vanished or changed, lists compared whole", () => {
    expect(
      changedFields(
        { id: "1", title: "Book", url: "https://a.example", tags: [1] },
        { id: "2", title: "Book", tags: [1, 2], note: "new" },
      ),
    ).toEqual(["url", "tags", "note"]);
    expect(
      changedFields(
        { schedule: { kind: "once", dueDate: "2027-03-01" } },
        { schedule: { kind: "cadence", rrule: "FREQ=WEEKLY" } },
      ),
    ).toEqual(["schedule.kind", "schedule.dueDate", "schedule.rrule"]);
  });
});
