import { Z_95 } from "../review/reliable-change";

// How far a group's mean change could be from the true one (issue 20): the 95% confidence
// interval of a mean, mean ± t·s/√n, with Student's t for n − 1 degrees of freedom, since the
// groups a sponsor sees are small (5 people and up) and the normal's 1.96 would be too narrow.

/**
 * The two-sided 95% quantile of Student's t: the normal's, corrected by the Cornish-Fisher
 * expansion (Abramowitz and Stegun 26.7.5), within 0.01 of the table from 4 degrees of freedom.
 */
export function tQuantile95(degreesOfFreedom: number): number {
  const z = Z_95;
  const n = degreesOfFreedom;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  const g4 = (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z) / 92160;
  return z + g1 / n + g2 / n ** 2 + g3 / n ** 3 + g4 / n ** 4;
}

export interface MeanInterval {
  mean: number;
  low: number;
  high: number;
}

/** The mean of the values with its 95% interval; null for fewer than two values. */
export function meanInterval(values: readonly number[]): MeanInterval | null {
  const n = values.length;
  if (n < 2) return null;
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1);
  const half = tQuantile95(n - 1) * Math.sqrt(variance / n);
  return { mean, low: mean - half, high: mean + half };
}

/** What the intervals drawn across a chart's bars say, in words for a sponsor. */
export function intervalWords(
  intervals: readonly ({ low: number; high: number } | null | undefined)[],
): string {
  const drawn = intervals.filter((interval) => interval != null);
  const clear = drawn.filter((interval) => interval.low > 0 || interval.high < 0).length;
  const these = drawn.length === 1 ? "this competency" : `${clear} of these ${drawn.length}`;
  const found =
    clear === 0
      ? "none leaves out zero, so none of these changes can yet be told apart from chance"
      : clear === drawn.length
        ? `for ${drawn.length === 1 ? "it" : "each"} it leaves out zero: a change unlikely to be chance alone`
        : `for ${these} it leaves out zero: a change unlikely to be chance alone; the others could be chance`;
  return `The line across each bar is its 95% interval, where the group's true change most likely lies given how much its people differ; ${found}.`;
}
