import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cronbachAlpha,
  mean,
  percentileRank,
  percentileRankInSorted,
  sampleStandardDeviation,
  sampleVariance,
  standardErrorOfMeasurement,
} from "./statistics";

describe("mean and spread", () => {
  it("takes the mean, and none of nothing", () => {
    expect(mean([2, 4, 9])).toBe(5);
    expect(mean([])).toBeNull();
  });

  it("divides the squared deviations by n - 1", () => {
    // Mean 5; deviations -3 -1 1 3; squares 9 1 1 9 = 20; 20 / 3.
    expect(sampleVariance([2, 4, 6, 8])).toBeCloseTo(20 / 3, 12);
    expect(sampleStandardDeviation([2, 4, 6, 8])).toBeCloseTo(Math.sqrt(20 / 3), 12);
  });

  it("gives no standard deviation for fewer than 2 values, and 0 when all are equal", () => {
    expect(sampleStandardDeviation([])).toBeNull();
    expect(sampleStandardDeviation([3.4])).toBeNull();
    expect(sampleStandardDeviation([3, 3, 3])).toBe(0);
  });

  it("keeps precision for values far from zero", () => {
    // The same spread as 1, 2, 3 (variance 1), shifted by a billion.
    expect(sampleVariance([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBe(1);
  });
});

describe("cronbachAlpha", () => {
  it("matches a hand computation", () => {
    // Items (columns): 1 2 3 4 (mean 2.5, squares 2.25+.25+.25+2.25 = 5, var 5/3),
    //                  2 3 3 4 (mean 3, 1+0+0+1 = 2, var 2/3), 2 3 4 5 (var 5/3).
    // Totals 5 8 10 13: mean 9, 16+1+1+16 = 34, var 34/3.
    // alpha = 3/2 * (1 - (5/3 + 2/3 + 5/3) / (34/3)) = 3/2 * (1 - 12/34) = 33/34.
    const rows = [
      [1, 2, 2],
      [2, 3, 3],
      [3, 3, 4],
      [4, 4, 5],
    ];
    expect(cronbachAlpha(rows)).toBeCloseTo(33 / 34, 12);
  });

  it("is 1 when every item moves in step, and can fall below 0", () => {
    expect(
      cronbachAlpha([
        [1, 1],
        [3, 3],
        [5, 5],
      ]),
    ).toBeCloseTo(1, 12);
    // Item variances 1 and 1; totals 4 3 5, var 1: alpha = 2 * (1 - 2/1) = -2.
    expect(
      cronbachAlpha([
        [1, 3],
        [2, 1],
        [3, 2],
      ]),
    ).toBeCloseTo(-2, 12);
  });

  it("gives none for fewer than 2 items or rows, or totals that never vary", () => {
    expect(cronbachAlpha([])).toBeNull();
    expect(cronbachAlpha([[1], [2], [3]])).toBeNull();
    expect(cronbachAlpha([[1, 2, 3]])).toBeNull();
    expect(
      cronbachAlpha([
        [1, 5],
        [2, 4],
        [3, 3],
      ]),
    ).toBeNull();
  });

  it("refuses rows of different lengths: only complete cases belong in it", () => {
    expect(() =>
      cronbachAlpha([
        [1, 2, 3],
        [2, 3],
      ]),
    ).toThrow(RangeError);
  });
});

describe("standardErrorOfMeasurement", () => {
  it("is sd x sqrt(1 - alpha)", () => {
    // sqrt(1 - .84) = .4
    expect(standardErrorOfMeasurement(0.5, 0.84)).toBeCloseTo(0.2, 12);
    expect(standardErrorOfMeasurement(0.8, 0.75)).toBeCloseTo(0.4, 12);
  });

  it("treats alpha above 1 as 1", () => {
    expect(standardErrorOfMeasurement(0.8, 1)).toBe(0);
    expect(standardErrorOfMeasurement(0.8, 1.0000001)).toBe(0);
  });

  it("gives none when alpha is 0 or below", () => {
    expect(standardErrorOfMeasurement(0.8, 0)).toBeNull();
    expect(standardErrorOfMeasurement(0.8, -0.3)).toBeNull();
    expect(standardErrorOfMeasurement(0.8, Number.NaN)).toBeNull();
  });
});

describe("percentileRank", () => {
  const population = [1, 2, 2, 3, 4];

  it("counts those below plus half of those tied", () => {
    // 1 below, 2 tied: (1 + 2/2) / 5 = 40%.
    expect(percentileRank(2, population)).toBe(40);
    // 3 below, none tied: 60%.
    expect(percentileRank(2.5, population)).toBe(60);
    // 4 below, 1 tied: (4 + 0.5) / 5 = 90%.
    expect(percentileRank(4, population)).toBe(90);
  });

  it("runs from 0 below everyone to 100 above everyone", () => {
    expect(percentileRank(0.5, population)).toBe(0);
    expect(percentileRank(5, population)).toBe(100);
    expect(percentileRank(3, [3, 3, 3])).toBe(50);
  });

  it("gives none for an empty population", () => {
    expect(percentileRank(3, [])).toBeNull();
  });
});

describe("percentileRankInSorted", () => {
  it("agrees with percentileRank on any population, ties included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 10 }),
        (values, score) => {
          const sorted = [...values].sort((a, b) => a - b);
          expect(percentileRankInSorted(score, sorted)).toBe(percentileRank(score, values));
        },
      ),
    );
  });
});
