import { describe, expect, it } from "vitest";
import type { Cell, ReportUnit } from "../../../../domain/feedback/report-types";
import {
  differenceText,
  distributionSegments,
  distributionText,
  formatDifference,
  formatMean,
  positionOnScale,
  tooFew,
  unitOf,
} from "./report-figures";

const scale = {
  min: 1,
  max: 5,
  labels: ["Never", "Rarely", "Sometimes", "Often", "Almost always"],
};

const units: ReportUnit[] = [
  { id: "manager", label: "Manager", groups: ["manager"], responses: 1, threshold: 1 },
  {
    id: "direct_report+other",
    label: "Direct reports and other colleagues",
    groups: ["direct_report", "other"],
    responses: 4,
    threshold: 3,
  },
];

const cell: Cell = { n: 6, mean: 3.5, sd: 1.2, distribution: [1, 0, 2, 2, 1], notObserved: 2 };

describe("report figures", () => {
  it("prints means with one decimal and gaps with their sign", () => {
    expect(formatMean(3.456)).toBe("3.5");
    expect(formatDifference(2.25, 1)).toBe("+1.3");
    expect(formatDifference(3, 3.44)).toBe("-0.4");
    expect(formatDifference(3.04, 3.05)).toBe("0.0");
  });

  it("takes differences between the printed figures: Others 1.8, Self 4.0, Self 2.2 higher", () => {
    expect(formatMean(1.75)).toBe("1.8");
    expect(differenceText(4, 1.75)).toBe("Self 2.2 higher");
    expect(formatDifference(4, 1.75)).toBe("+2.2");
  });

  it("places values on the 1 to 5 axis, clamped to its ends", () => {
    expect(positionOnScale(1, scale)).toBe(0);
    expect(positionOnScale(3, scale)).toBe(50);
    expect(positionOnScale(5, scale)).toBe(100);
    expect(positionOnScale(7, scale)).toBe(100);
  });

  it("finds the unit a group is reported in, and none for a withheld group", () => {
    expect(unitOf("other", units)?.label).toBe("Direct reports and other colleagues");
    expect(unitOf("manager", units)?.id).toBe("manager");
    expect(unitOf("peer", units)).toBeNull();
  });

  it("splits a cell's answers over the scale, as shares of the answers on it", () => {
    const segments = distributionSegments(cell, scale);
    expect(segments.map((s) => s.count)).toEqual([1, 0, 2, 2, 1]);
    expect(segments[2]).toMatchObject({ value: 3, label: "Sometimes" });
    expect(segments.reduce((sum, s) => sum + s.percent, 0)).toBeCloseTo(100);
  });

  it("says the distribution in words, with the not observed", () => {
    expect(distributionText(cell, scale)).toBe(
      "Never 1, Rarely 0, Sometimes 2, Often 2, Almost always 1; not observed 2",
    );
  });

  it("explains an empty cell with the threshold it did not reach", () => {
    expect(tooFew(3)).toBe("Fewer than 3 answers");
  });
});
