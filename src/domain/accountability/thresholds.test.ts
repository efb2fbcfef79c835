import { describe, expect, it } from "vitest";
import {
  DEFAULT_THRESHOLDS,
  thresholdProblems,
  thresholdSources,
  thresholdsWith,
} from "./thresholds";

describe("the coach's thresholds", () => {
  it("accepts the defaults", () => {
    expect(thresholdProblems(DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it("layers the practice's settings and then the engagement's over the defaults", () => {
    const thresholds = thresholdsWith(
      { missedCheckIns: { days: 21 }, noSessionBooked: { days: 45 } },
      null,
      { noSessionBooked: { days: 20 } },
    );
    expect(thresholds.missedCheckIns).toEqual({ days: 21, graceDays: 7 });
    expect(thresholds.noSessionBooked).toEqual({ days: 20 });
    expect(thresholds.lowEnergy).toEqual(DEFAULT_THRESHOLDS.lowEnergy);
    expect(DEFAULT_THRESHOLDS.noSessionBooked.days).toBe(30);
  });

  it("ignores settings it does not know", () => {
    const odd = { unknown: { days: 3 }, lowEnergy: { months: 2 } } as never;
    expect(thresholdsWith(odd)).toEqual(DEFAULT_THRESHOLDS);
  });

  it("names each field out of range or not whole", () => {
    const problems = thresholdProblems(
      thresholdsWith({
        overdueCommitments: { count: 0 },
        missedCheckIns: { graceDays: 2.5 },
        lowEnergy: { atMost: 5 },
        goalOffTrack: { shortfallShare: 0 },
      }),
    );
    expect(problems).toEqual([
      { path: "overdueCommitments.count", message: "Choose a whole number from 1 to 50" },
      { path: "missedCheckIns.graceDays", message: "Choose a whole number from 0 to 60" },
      { path: "lowEnergy.atMost", message: "Choose a whole number from 1 to 4" },
      { path: "goalOffTrack.shortfallShare", message: "Choose a number from 0.05 to 1" },
    ]);
  });

  it("accepts the ends of each range", () => {
    const edges = thresholdsWith({
      overdueCommitments: { count: 1, days: 90 },
      missedCheckIns: { days: 7, graceDays: 0 },
      fallingConfidence: { checkIns: 2, drop: 9 },
      goalOffTrack: { shortfallShare: 1 },
    });
    expect(thresholdProblems(edges)).toEqual([]);
    expect(thresholdProblems({ ...edges, noSessionBooked: { days: Number.NaN } })).toHaveLength(1);
  });
});

describe("where each setting comes from", () => {
  it("names the last layer that sets it, else the default", () => {
    const sources = thresholdSources(
      { noSessionBooked: { days: 45 }, lowEnergy: { weeks: 4 } },
      { noSessionBooked: { days: 20 } },
    );
    expect(sources.noSessionBooked.days).toBe("engagement");
    expect(sources.lowEnergy).toEqual({ atMost: "default", weeks: "practice" });
    expect(sources.overdueCommitments).toEqual({ count: "default", days: "default" });
    expect(thresholdSources(null).goalOffTrack.shortfallShare).toBe("default");
  });
});
