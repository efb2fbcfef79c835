import { describe, expect, it } from "vitest";
import { differenceText, formatDifference, formatMean, shownDifference } from "./report-figures";

describe("report figures that add up", () => {
  it("takes a difference between the figures as printed, not the unrounded means", () => {
    // Unrounded, 4.0 - 1.75 is 2.25, printed 2.3 next to "Self 4.0" and "Others 1.8".
    expect(formatMean(1.75)).toBe("1.8");
    expect(shownDifference(4, 1.75)).toBe(2.2);
    expect(differenceText(4, 1.75)).toBe("Self 2.2 higher");
    expect(formatDifference(4, 1.75)).toBe("+2.2");
  });

  it("prints the difference with its sign, and says which side is higher", () => {
    expect(formatDifference(2.04, 3.46)).toBe("-1.5");
    expect(differenceText(2.04, 3.46)).toBe("Others 1.5 higher");
    expect(formatDifference(3.04, 2.96)).toBe("0.0");
    expect(differenceText(3.04, 2.96)).toBe("Self and others equal");
  });

  it("always equals self minus others as printed, for any pair of means", () => {
    for (let self = 1; self <= 5; self += 0.01) {
      for (let others = 1; others <= 5; others += 0.37) {
        const printed = Number(formatMean(self)) - Number(formatMean(others));
        expect(shownDifference(self, others)).toBeCloseTo(printed, 10);
        expect(Math.abs(Number(formatDifference(self, others)))).toBeCloseTo(Math.abs(printed), 10);
      }
    }
  });
});
