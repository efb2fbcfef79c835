import { describe, expect, it } from "vitest";
import type { ReportUnit } from "../../../../domain/feedback/report-types";
import { differenceText, formatDifference, formatMean, tooFew, unitOf } from "./report-figures";

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

  it("finds the unit a group is reported in, and none for a withheld group", () => {
    expect(unitOf("other", units)?.label).toBe("Direct reports and other colleagues");
    expect(unitOf("manager", units)?.id).toBe("manager");
    expect(unitOf("peer", units)).toBeNull();
  });

  it("explains an empty cell with the threshold it did not reach", () => {
    expect(tooFew(3)).toBe("Fewer than 3 answers");
  });
});
