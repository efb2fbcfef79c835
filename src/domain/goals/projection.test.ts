import { describe, expect, it } from "vitest";
import { fitTrend, projectedOn } from "./projection";

describe("the trend of the measurements", () => {
  it("fits a line through measurements that lie on one", () => {
    const trend = fitTrend([
      { value: 2, date: "2027-03-01" },
      { value: 4, date: "2027-03-15" },
      { value: 3, date: "2027-03-08" },
    ]);
    expect(trend?.perDay).toBeCloseTo(1 / 7);
    expect(trend?.valueOn("2027-03-29")).toBeCloseTo(6);
  });

  it("fits the least-squares line through scattered measurements", () => {
    // Days 0, 7, 14 with 1, 5, 3: slope 2/14 a day, through the mean (7, 3).
    const measurements = [
      { value: 1, date: "2027-03-01" },
      { value: 5, date: "2027-03-08" },
      { value: 3, date: "2027-03-15" },
    ];
    expect(fitTrend(measurements)?.perDay).toBeCloseTo(1 / 7);
    expect(projectedOn(measurements, "2027-03-22")).toBeCloseTo(5);
  });

  it("has no trend from a single day", () => {
    const sameDay = [
      { value: 1, date: "2027-03-01" },
      { value: 2, date: "2027-03-01" },
    ];
    expect(fitTrend(sameDay)).toBeNull();
    expect(projectedOn([], "2027-03-22")).toBeNull();
  });
});
