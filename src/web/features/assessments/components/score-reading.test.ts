import { describe, expect, it } from "vitest";
import type { ScaleResult } from "../../../../contract/assessments";
import {
  axisTicks,
  firstSentence,
  formatScore,
  groupScales,
  percentileSentence,
  positionOnAxis,
  scoreLevel,
} from "./score-reading";

const oneToFive = { min: 1, max: 5 };

describe("scoreLevel", () => {
  it("reads 3.5 and above as high, 2.5 and below as low, and the middle as balanced", () => {
    expect(scoreLevel(3.5, oneToFive)).toBe("high");
    expect(scoreLevel(4.8, oneToFive)).toBe("high");
    expect(scoreLevel(3.49, oneToFive)).toBe("balanced");
    expect(scoreLevel(3, oneToFive)).toBe("balanced");
    expect(scoreLevel(2.51, oneToFive)).toBe("balanced");
    expect(scoreLevel(2.5, oneToFive)).toBe("low");
    expect(scoreLevel(1, oneToFive)).toBe("low");
  });
});

describe("positionOnAxis", () => {
  it("places the ends of the range at 0% and 100% and clamps beyond them", () => {
    expect(positionOnAxis(1, oneToFive)).toBe(0);
    expect(positionOnAxis(3, oneToFive)).toBe(50);
    expect(positionOnAxis(5, oneToFive)).toBe(100);
    expect(positionOnAxis(6, oneToFive)).toBe(100);
  });
});

describe("formatScore and axisTicks", () => {
  it("shows one decimal and ticks at each whole number", () => {
    expect(formatScore(3.45)).toBe("3.5");
    expect(formatScore(4)).toBe("4.0");
    expect(axisTicks(oneToFive)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("firstSentence", () => {
  it("keeps the first sentence, or the whole text when there is one", () => {
    expect(firstSentence("You likely plan ahead. The cost can be rigidity.")).toBe(
      "You likely plan ahead.",
    );
    expect(firstSentence("No full stop here")).toBe("No full stop here");
  });
});

describe("percentileSentence", () => {
  it("says how many people in the practice scored lower", () => {
    expect(percentileSentence(61.7, 41, "your")).toBe(
      "Higher than about 62% of the 41 people in your practice who took it.",
    );
    expect(percentileSentence(0.2, 41, "this")).toBe(
      "Among the lowest of the 41 people in this practice who took it.",
    );
    expect(percentileSentence(99.8, 41, "your")).toMatch(/^Among the highest/);
    expect(percentileSentence(null, 41, "your")).toBeNull();
  });
});

describe("groupScales", () => {
  const scale = (scaleId: string, kind: ScaleResult["kind"], parent?: string): ScaleResult => ({
    scaleId,
    name: scaleId,
    kind,
    ...(parent ? { parent } : {}),
    score: 3,
    answered: 4,
    itemCount: 4,
    band: null,
    bandNote: null,
    percentile: null,
    interpretation: { about: "", high: "", low: "" },
  });

  it("puts each facet under its domain, in the order given", () => {
    const grouped = groupScales([
      scale("neuroticism", "domain"),
      scale("extraversion", "domain"),
      scale("N1", "facet", "neuroticism"),
      scale("E1", "facet", "extraversion"),
      scale("N2", "facet", "neuroticism"),
    ]);
    expect(grouped.map((g) => [g.scale.scaleId, g.facets.map((f) => f.scaleId)])).toEqual([
      ["neuroticism", ["N1", "N2"]],
      ["extraversion", ["E1"]],
    ]);
  });

  it("leaves plain scales without facets", () => {
    expect(groupScales([scale("agreeableness", "scale")])[0]?.facets).toEqual([]);
  });
});
