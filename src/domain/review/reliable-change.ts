import { standardErrorOfMeasurement } from "../assessment/statistics";

/**
 * Change between a baseline and a repeat measurement, judged by the reliable change index of
 * Jacobson and Truax (1991): SE = SD·√(1−r), S_diff = √2·SE, RCI = difference / S_diff, a
 * reliable change when |RCI| > 1.96. The 95% interval of the difference, ± 1.96·S_diff, leaves
 * out zero exactly when the change is reliable, so the two never disagree.
 */

export const Z_95 = 1.96;

export interface ChangeInput {
  baseline: number;
  repeat: number;
  /** The spread of the measure among people, in its own units. */
  sd: number;
  /** The measure's reliability, 0 to 1 (Cronbach's alpha, or a rater reliability). */
  reliability: number;
}

export type ChangeVerdict = "reliably_higher" | "reliably_lower" | "no_reliable_change";

export interface Change {
  difference: number;
  /** S_diff: the spread of differences that measurement error alone would give. */
  standardErrorOfDifference: number;
  rci: number;
  /** The difference's 95% interval. */
  interval: { low: number; high: number };
  verdict: ChangeVerdict;
  /** What the figure rests on, to state beside it. */
  basis: { sd: number; reliability: number };
}

/**
 * The change, or null when it cannot be judged: a reliability of 0 or less (the measure holds
 * no signal), a spread of 0 or less, or numbers that are not finite. A reliability of 1 or
 * more would claim no error at all, so it counts as just under 1 and every change stays a
 * measured claim rather than a certainty.
 */
export function reliableChange(input: ChangeInput): Change | null {
  const { baseline, repeat, sd, reliability } = input;
  if (![baseline, repeat, sd, reliability].every(Number.isFinite)) return null;
  if (!(sd > 0) || !(reliability > 0)) return null;
  const r = Math.min(reliability, MOST_RELIABLE);
  const se = standardErrorOfMeasurement(sd, r);
  if (se === null) return null;
  const sDiff = Math.SQRT2 * se;
  const difference = repeat - baseline;
  const rci = difference / sDiff;
  return {
    difference,
    standardErrorOfDifference: sDiff,
    rci,
    interval: { low: difference - Z_95 * sDiff, high: difference + Z_95 * sDiff },
    verdict: verdictOf(rci),
    basis: { sd, reliability: r },
  };
}

const MOST_RELIABLE = 0.99;

function verdictOf(rci: number): ChangeVerdict {
  if (Math.abs(rci) <= Z_95) return "no_reliable_change";
  return rci > 0 ? "reliably_higher" : "reliably_lower";
}

/**
 * The change in words. Noise is never called a change: a difference that is not reliable says
 * so however large it looks, and the interval and what it rests on are always given.
 */
export function describeChange(change: Change, format: (value: number) => string): string {
  const { difference, interval, basis, verdict } = change;
  const signed = `${difference > 0 ? "+" : difference < 0 ? "−" : ""}${format(Math.abs(difference))}`;
  const range = `95% interval ${formatSigned(interval.low, format)} to ${formatSigned(interval.high, format)}`;
  const rests = `SD ${format(basis.sd)}, reliability ${basis.reliability.toFixed(2)}`;
  if (verdict === "no_reliable_change")
    return `No reliable change: the difference of ${signed} is within what measurement error alone could give (${range}; ${rests}).`;
  const way = verdict === "reliably_higher" ? "higher" : "lower";
  return `Reliably ${way}: ${signed} (${range}; ${rests}).`;
}

function formatSigned(value: number, format: (value: number) => string): string {
  return value < 0 ? `−${format(-value)}` : format(value);
}
