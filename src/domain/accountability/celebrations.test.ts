import { describe, expect, it } from "vitest";
import {
  checkIn,
  commitment,
  delegation,
  healthySnapshot,
} from "../../../test/support/accountability-snapshots";
import { celebrationsSince, currentStreak, isStreakStep, keptOnTime } from "./celebrations";

// Today is 16 June 2027.
const TODAY = "2027-06-16";
const nothingElse = { goals: [], checkIns: [], commitments: [] };

describe("celebrations", () => {
  it("finds what happened after the day given, oldest first", () => {
    const found = celebrationsSince(healthySnapshot(), "2027-06-01");
    expect(found.map((c) => [c.kind, c.on, c.title, c.detail])).toEqual([
      ["win", "2027-06-14", "A win this week", "Sam ran the supplier review on his own"],
    ]);
    expect(found[0]?.evidence).toEqual([{ kind: "check_in", id: "k4", on: "2027-06-14" }]);
  });

  it("finds everything with no day given, and nothing on or before the day given", () => {
    const all = celebrationsSince(healthySnapshot(), null).map((c) => c.kind);
    expect(all).toEqual(["milestone", "win"]);
    expect(celebrationsSince(healthySnapshot(), "2027-06-14")).toEqual([]);
    expect(celebrationsSince(healthySnapshot(), "2027-06-13")).toHaveLength(1);
  });

  it("celebrates a milestone on the day it was done", () => {
    const found = celebrationsSince(healthySnapshot({ checkIns: [] }), "2027-05-09");
    expect(found).toEqual([
      {
        kind: "milestone",
        title: "Milestone reached: List drawn up",
        on: "2027-05-10",
        evidence: [
          { kind: "goal", id: "g1" },
          { kind: "milestone", id: "m1", on: "2027-05-10" },
        ],
      },
    ]);
  });

  describe("a target hit", () => {
    const withGoal = (goal: Partial<typeof delegation>) =>
      healthySnapshot({ ...nothingElse, goals: [{ ...delegation, milestones: [], ...goal }] });

    it("is celebrated on the first measurement at the target, once", () => {
      const hit = withGoal({
        measurements: [
          { date: "2027-06-01", value: 4 },
          { date: "2027-05-20", value: 3.5 },
          { date: "2027-06-08", value: 3.9 },
          { date: "2027-06-14", value: 4.5 },
        ],
      });
      expect(celebrationsSince(hit, null)).toEqual([
        {
          kind: "target",
          title: "Target hit: “Delegate two projects a month”",
          detail: "4 against a target of 4",
          on: "2027-06-01",
          evidence: [{ kind: "goal", id: "g1", on: "2027-06-01" }],
        },
      ]);
      expect(celebrationsSince(hit, "2027-06-01")).toEqual([]);
    });

    it("follows the goal's direction", () => {
      const fewer = (value: number) =>
        withGoal({
          direction: "lower",
          baseline: 20,
          target: 10,
          measurements: [{ date: "2027-06-14", value }],
        });
      expect(celebrationsSince(fewer(10.5), null)).toEqual([]);
      expect(celebrationsSince(fewer(10), null)).toHaveLength(1);
      expect(celebrationsSince(fewer(9), null)).toHaveLength(1);
    });

    it("is not celebrated for a goal that started at its target", () => {
      const already = withGoal({ baseline: 5, measurements: [{ date: "2027-06-14", value: 6 }] });
      expect(celebrationsSince(already, null)).toEqual([]);
    });

    it("falls back on the day a goal was closed as achieved", () => {
      const achieved = withGoal({ closure: { kind: "achieved", on: "2027-06-15" } });
      expect(celebrationsSince(achieved, "2027-06-14")).toMatchObject([
        {
          kind: "target",
          title: "Goal achieved: “Delegate two projects a month”",
          on: "2027-06-15",
        },
      ]);
    });
  });

  describe("a streak of commitments kept", () => {
    const kept = (id: string, due: string, marked = due) => commitment(id, due, "done", marked);

    it("counts as kept only what was marked done by its due date", () => {
      expect(keptOnTime(kept("a", "2027-06-10", "2027-06-10"))).toBe(true);
      expect(keptOnTime(kept("a", "2027-06-10", "2027-06-11"))).toBe(false);
      expect(keptOnTime(commitment("a", "2027-06-10", "partly_done", "2027-06-09"))).toBe(false);
      expect(keptOnTime(commitment("a", "2027-06-10"))).toBe(false);
    });

    it("is celebrated at 3, 5, 10 and every 10 after", () => {
      expect([1, 2, 3, 4, 5, 6, 10, 15, 20, 30].filter(isStreakStep)).toEqual([3, 5, 10, 20, 30]);
    });

    it("is celebrated when the third in a row is kept, on the day it was marked", () => {
      const snapshot = healthySnapshot({
        ...nothingElse,
        commitments: [
          kept("c1", "2027-06-01", "2027-05-30"),
          kept("c2", "2027-06-08", "2027-06-12"),
          kept("c3", "2027-06-09", "2027-06-09"),
          kept("c4", "2027-06-12", "2027-06-10"),
          kept("c5", "2027-06-15", "2027-06-15"),
        ],
      });
      const found = celebrationsSince(snapshot, null);
      expect(found.map((c) => [c.title, c.on])).toEqual([
        ["3 commitments in a row kept on time", "2027-06-15"],
      ]);
      expect(found[0]?.evidence.map((e) => e.id)).toEqual(["c3", "c4", "c5"]);
      expect(currentStreak(snapshot.commitments, TODAY)).toBe(3);
    });

    it("is broken by one partly done, not done, or left open past its due date", () => {
      const broken = (breaker: ReturnType<typeof commitment>) =>
        healthySnapshot({
          ...nothingElse,
          commitments: [
            kept("c1", "2027-06-01"),
            breaker,
            kept("c3", "2027-06-10"),
            kept("c4", "2027-06-11"),
          ],
        });
      for (const breaker of [
        commitment("c2", "2027-06-05", "partly_done", "2027-06-05"),
        commitment("c2", "2027-06-05", "not_done", "2027-06-05"),
        commitment("c2", "2027-06-05"),
      ]) {
        expect(celebrationsSince(broken(breaker), null)).toEqual([]);
        expect(currentStreak(broken(breaker).commitments, TODAY)).toBe(2);
      }
    });

    it("waits for a commitment still open and not yet past due", () => {
      const waiting = [
        kept("c1", "2027-06-01"),
        commitment("c2", "2027-06-16"),
        kept("c3", "2027-06-10"),
      ];
      expect(currentStreak(waiting, TODAY)).toBe(2);
      expect(currentStreak(waiting, "2027-06-17")).toBe(0);
    });
  });

  it("leaves out what is dated after today, and blank wins", () => {
    const snapshot = healthySnapshot({
      ...nothingElse,
      checkIns: [
        checkIn("k1", "2027-06-14", { win: "  " }),
        checkIn("k2", "2027-06-17", { win: "Tomorrow's win" }),
      ],
    });
    expect(celebrationsSince(snapshot, null)).toEqual([]);
  });
});
