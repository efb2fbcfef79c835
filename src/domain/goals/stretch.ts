import { type Day, daysBetween, formatDay } from "./dates";
import { formatNumber } from "./numbers";

/**
 * Fewer days than this to move a measure at all: behaviour change needs repetitions, and two
 * weeks gives a weekly habit two.
 */
export const SHORT_RUN_DAYS = 14;

export interface StretchInput {
  /** Where the measure stands now: the latest measurement, or the baseline before any. */
  from: number;
  target: number;
  dueDate: Day;
  today: Day;
  /** The change a week the client and coach judge realistic, in the measure's unit, if stated. */
  realisticPerWeek?: number | null;
}

/**
 * A question, never a verdict, when the change asked for looks fast for the time left:
 * - with a stated realistic pace: the pace needed (change left / weeks left) is above it;
 * - without one: fewer than SHORT_RUN_DAYS are left for a change of any size.
 * No question once the date has passed (the date check says so) or when nothing is left to move.
 */
export function stretchQuestion(input: StretchInput): string | null {
  const days = daysBetween(input.today, input.dueDate);
  const change = Math.abs(input.target - input.from);
  if (days <= 0 || change === 0) return null;
  const target = formatNumber(input.target);
  const due = formatDay(input.dueDate, input.today);
  const realistic = input.realisticPerWeek;
  if (realistic != null && realistic > 0) {
    const needed = change / (days / 7);
    if (needed <= realistic) return null;
    return (
      `Reaching ${target} by ${due} takes about ${formatNumber(needed)} a week, ` +
      `where ${formatNumber(realistic)} a week looked realistic. ` +
      "Is this the stretch you want, or should the date or the target move?"
    );
  }
  if (days >= SHORT_RUN_DAYS) return null;
  return (
    `${days === 1 ? "One day is" : `${days} days are`} left to move from ` +
    `${formatNumber(input.from)} to ${target}. Is that enough time, or should the date or the target move?`
  );
}
