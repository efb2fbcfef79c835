import type { ScaleResult } from "../../../../contract/assessments";

/** The range of scores a scale can take: the response scale's lowest and highest value. */
export type ScoreRange = { min: number; max: number };

export type ScoreLevel = "high" | "low" | "balanced";

/**
 * Which plain-language reading fits a score: on a 1 to 5 scale, 3.5 and above reads as higher,
 * 2.5 and below as lower, and the middle as balanced (both sides, depending on the situation).
 * The cut-offs sit at the same places on any other range.
 */
export function scoreLevel(score: number, range: ScoreRange): ScoreLevel {
  const span = range.max - range.min;
  if (score >= range.min + span * 0.625) return "high";
  if (score <= range.min + span * 0.375) return "low";
  return "balanced";
}

/** Where a value sits along the axis, in percent from the left. */
export function positionOnAxis(value: number, range: ScoreRange): number {
  const span = range.max - range.min;
  if (span <= 0) return 0;
  return Math.min(100, Math.max(0, ((value - range.min) / span) * 100));
}

/** A score to one decimal, as "3.4". */
export function formatScore(score: number): string {
  return score.toFixed(1);
}

/** The whole numbers of the range, for the axis ticks: 1, 2, 3, 4, 5. */
export function axisTicks(range: ScoreRange): number[] {
  const ticks: number[] = [];
  for (let value = Math.ceil(range.min); value <= range.max; value += 1) ticks.push(value);
  return ticks;
}

/** The first sentence of a text, for the short form of a reading. */
export function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

/**
 * "Higher than about 62% of the 41 people in your practice who took it", or null without a
 * percentile. At the ends, where "about 0%" would read oddly, it says so in words.
 */
export function percentileSentence(
  percentile: number | null,
  people: number,
  whose: "your" | "this",
): string | null {
  if (percentile === null) return null;
  const group = `the ${people} people in ${whose} practice who took it`;
  const rounded = Math.round(percentile);
  if (rounded < 1) return `Among the lowest of ${group}.`;
  if (rounded > 99) return `Among the highest of ${group}.`;
  return `Higher than about ${rounded}% of ${group}.`;
}

/** The domains and plain scales, each with its facets (only the IPIP-NEO has facets). */
export function groupScales(
  scales: ScaleResult[],
): { scale: ScaleResult; facets: ScaleResult[] }[] {
  return scales
    .filter((scale) => scale.kind !== "facet")
    .map((scale) => ({
      scale,
      facets: scales.filter((facet) => facet.kind === "facet" && facet.parent === scale.scaleId),
    }));
}
