import { describe, expect, it } from "vitest";
import type { CheckIn } from "../../../../contract/check-ins";
import { confidenceSeries } from "./confidence-series";

const checkIn = (week: string, goals: [string, number][]): CheckIn => ({
  id: `c-${week}`,
  week,
  submittedAt: `${week}T08:00:00.000Z`,
  submittedBy: { id: "u", name: "Daniel" },
  channel: "link",
  energy: 3,
  win: "",
  challenge: "",
  goals: goals.map(([goalId, confidence]) => ({
    goalId,
    statement: `Goal ${goalId}`,
    confidence,
    value: null,
    unit: null,
  })),
  commitmentsDone: 0,
  replies: [],
});

describe("confidence over time", () => {
  it("gives one series per goal, oldest week first, from a newest-first history", () => {
    const series = confidenceSeries([
      checkIn("2027-01-18", [
        ["a", 8],
        ["b", 4],
      ]),
      checkIn("2027-01-04", [["a", 5]]),
      checkIn("2027-01-11", [
        ["b", 6],
        ["a", 7],
      ]),
    ]);
    expect(series).toEqual([
      {
        id: "a",
        label: "Goal a",
        points: [
          { on: "2027-01-04", value: 5 },
          { on: "2027-01-11", value: 7 },
          { on: "2027-01-18", value: 8 },
        ],
      },
      {
        id: "b",
        label: "Goal b",
        points: [
          { on: "2027-01-11", value: 6 },
          { on: "2027-01-18", value: 4 },
        ],
      },
    ]);
  });

  it("has nothing for no check-ins", () => {
    expect(confidenceSeries([])).toEqual([]);
  });
});
