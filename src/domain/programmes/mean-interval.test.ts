import { describe, expect, it } from "vitest";
import { intervalWords, meanInterval, tQuantile95 } from "./mean-interval";

describe("the 95% interval of a group's mean change", () => {
  it("takes Student's t for the group's size, as the printed table gives it", () => {
    const table: [number, number][] = [
      [4, 2.776],
      [5, 2.571],
      [9, 2.262],
      [10, 2.228],
      [20, 2.086],
      [60, 2.0],
      [499, 1.965],
    ];
    for (const [df, t] of table) expect(tQuantile95(df)).toBeCloseTo(t, 2);
  });

  it("is mean ± t·s/√n", () => {
    const found = meanInterval([0.2, 0.4, 0.6, 0.8, 1.0]);
    // mean 0.6, s = 0.3162, s/√5 = 0.1414, t(4) = 2.776
    expect(found?.mean).toBeCloseTo(0.6, 10);
    expect(found?.low).toBeCloseTo(0.6 - 2.776 * 0.1414, 2);
    expect(found?.high).toBeCloseTo(0.6 + 2.776 * 0.1414, 2);
  });

  it("narrows to the mean when everyone changed alike, and needs two people", () => {
    expect(meanInterval([0.5, 0.5, 0.5, 0.5, 0.5])).toEqual({ mean: 0.5, low: 0.5, high: 0.5 });
    expect(meanInterval([0.5])).toBeNull();
    expect(meanInterval([])).toBeNull();
  });
});

describe("the intervals in words", () => {
  it("says how many changes leave out zero", () => {
    expect(
      intervalWords([
        { low: 0.1, high: 0.5 },
        { low: -0.2, high: 0.3 },
      ]),
    ).toContain("for 1 of these 2 it leaves out zero");
    expect(
      intervalWords([
        { low: 0.1, high: 0.5 },
        { low: -0.6, high: -0.1 },
      ]),
    ).toContain("for each it leaves out zero");
    expect(intervalWords([{ low: -0.1, high: 0.5 }])).toContain("none leaves out zero");
  });
});
