import { describe, expect, it } from "vitest";
import { groupReliability, SINGLE_RATER_RELIABILITY, spearmanBrown } from "./rater-reliability";

describe("the reliability of a rater group's mean rating", () => {
  it("is Spearman-Brown's stretch of one rater's reliability", () => {
    // 4 peers: 4·.37 / (1 + 3·.37) = 1.48 / 2.11
    expect(spearmanBrown(0.37, 4)).toBeCloseTo(1.48 / 2.11, 12);
    // One manager: the single rater's own figure.
    expect(spearmanBrown(SINGLE_RATER_RELIABILITY.manager, 1)).toBe(0.5);
    // 3 direct reports: .9 / 1.6
    expect(spearmanBrown(0.3, 3)).toBeCloseTo(0.5625, 12);
  });

  it("rests on the smaller round when the numbers of raters differ", () => {
    expect(groupReliability("peer", 6, 4)).toBeCloseTo(1.48 / 2.11, 12);
    expect(groupReliability("peer", 4, 6)).toBeCloseTo(1.48 / 2.11, 12);
  });

  it("takes a practice's own single-rater figure over the published one", () => {
    expect(groupReliability("direct_report", 5, 5, 0.45)).toBeCloseTo(2.25 / 2.8, 12);
  });

  it("gives others no more than direct reports, and nothing for impossible inputs", () => {
    expect(SINGLE_RATER_RELIABILITY.other).toBe(SINGLE_RATER_RELIABILITY.direct_report);
    expect(spearmanBrown(0.37, 0)).toBeNull();
    expect(spearmanBrown(0.37, 2.5)).toBeNull();
    expect(spearmanBrown(0, 4)).toBeNull();
    expect(spearmanBrown(1, 4)).toBeNull();
  });
});
