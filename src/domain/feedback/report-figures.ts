/**
 * How the 360 report prints its figures, on the web and in the PDF alike. A difference is taken
 * between the figures as printed, never the unrounded means, so "Others 1.8, Self 4.0" is never
 * followed by "Self 2.3 higher".
 */

/** A mean as the report prints it: one decimal. */
export function formatMean(value: number): string {
  return value.toFixed(1);
}

/** A printed mean in tenths of a point, so differences are taken between whole numbers. */
function shownTenths(value: number): number {
  return Math.round(Number(formatMean(value)) * 10);
}

/** Self minus others, between the figures as printed: 4.0 and 1.8 differ by 2.2. */
export function shownDifference(self: number, others: number): number {
  return (shownTenths(self) - shownTenths(others)) / 10;
}

/** The difference with its sign: "+1.2", "-0.4", "0.0". */
export function formatDifference(self: number, others: number): string {
  const difference = shownDifference(self, others);
  const text = Math.abs(difference).toFixed(1);
  if (text === "0.0") return text;
  return `${difference > 0 ? "+" : "-"}${text}`;
}

/** "Self 2.2 higher", "Others 0.4 higher" or "Self and others equal", from the printed figures. */
export function differenceText(self: number, others: number): string {
  const difference = shownDifference(self, others);
  if (difference === 0) return "Self and others equal";
  const size = Math.abs(difference).toFixed(1);
  return difference > 0 ? `Self ${size} higher` : `Others ${size} higher`;
}

/** What an empty cell says: the threshold of the unit, or k for all shown units together. */
export function tooFew(threshold: number): string {
  return threshold === 1 ? "No answers" : `Fewer than ${threshold} answers`;
}
