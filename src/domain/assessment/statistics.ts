/** Plain descriptive statistics on number arrays, at full precision: rounding is for display. */

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return sum(values) / values.length;
}

/** Divides by n - 1: the sample is an estimate of a wider group. */
export function sampleVariance(values: readonly number[]): number | null {
  const average = mean(values);
  if (average === null || values.length < 2) return null;
  // Two passes (mean first, then squared deviations) lose less precision than sum-of-squares.
  return sum(values.map((value) => (value - average) ** 2)) / (values.length - 1);
}

export function sampleStandardDeviation(values: readonly number[]): number | null {
  const variance = sampleVariance(values);
  return variance === null ? null : Math.sqrt(variance);
}

/**
 * Rows are respondents, columns items; every row must be complete and of the same length.
 * Null when there are fewer than 2 items or 2 rows, or when every total is the same.
 */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | null {
  const itemCount = rows[0]?.length ?? 0;
  if (rows.some((row) => row.length !== itemCount)) {
    throw new RangeError("cronbachAlpha needs rows of equal length (complete cases only)");
  }
  if (itemCount < 2 || rows.length < 2) return null;
  const totalVariance = sampleVariance(rows.map((row) => sum(row))) ?? 0;
  if (totalVariance <= 0) return null;
  const itemVariances = columns(rows, itemCount).map((column) => sampleVariance(column) ?? 0);
  return (itemCount / (itemCount - 1)) * (1 - sum(itemVariances) / totalVariance);
}

function columns(rows: readonly (readonly number[])[], count: number): number[][] {
  return Array.from({ length: count }, (_, index) => rows.map((row) => row[index] ?? Number.NaN));
}

/**
 * SD x sqrt(1 - alpha). An alpha above 1 counts as 1; at 0 or below the scale measures nothing
 * reliably, so there is no error band to give.
 */
export function standardErrorOfMeasurement(sd: number, alpha: number): number | null {
  if (!(alpha > 0)) return null;
  return sd * Math.sqrt(1 - Math.min(alpha, 1));
}

/** Mid-rank percentile: the share below the score plus half the share equal to it, x 100. */
export function percentileRank(score: number, population: readonly number[]): number | null {
  if (population.length === 0) return null;
  const below = population.filter((value) => value < score).length;
  const equal = population.filter((value) => value === score).length;
  return ((below + equal / 2) / population.length) * 100;
}

/** percentileRank for a population sorted ascending, by binary search: for large local norms. */
export function percentileRankInSorted(score: number, sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const below = firstIndex(sorted, (value) => value >= score);
  const notAbove = firstIndex(sorted, (value) => value > score);
  return ((below + (notAbove - below) / 2) / sorted.length) * 100;
}

/** The first index whose value passes `test`, for a test that is false then true along the array. */
function firstIndex(sorted: readonly number[], test: (value: number) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(sorted[middle] as number)) high = middle;
    else low = middle + 1;
  }
  return low;
}
