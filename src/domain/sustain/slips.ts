import type { Day } from "../goals/dates";

/** How a habit went at one self check-in, 1 (not at all) to 5 (every time it was due). */
export const LOW_HABIT_RATING = 2;
/** A slip: this many check-ins in a row, each missed or low. */
export const SLIP_CHECK_INS = 2;

/** One self check-in that was due: answered with a rating per habit, or missed. */
export type SelfCheckIn =
  | { due: Day; answered: true; ratings: Record<string, number> }
  | { due: Day; answered: false };

export interface Slip {
  habitId: string;
  /** The day the first check-in of the slip was due. */
  since: Day;
  /** Why, in plain words. */
  reason: string;
}

/**
 * The habits that slipped: over the last SLIP_CHECK_INS check-ins due (oldest first in the
 * input), each one missed or the habit rated LOW_HABIT_RATING or lower. A missed check-in counts
 * against every habit; a habit added after a check-in is not judged on it.
 */
export function slips(habitIds: readonly string[], checkIns: readonly SelfCheckIn[]): Slip[] {
  const last = checkIns.slice(-SLIP_CHECK_INS);
  if (last.length < SLIP_CHECK_INS) return [];
  const since = last[0]?.due ?? "";
  return habitIds.flatMap((habitId) => {
    const verdicts = last.map((checkIn) => verdictOf(checkIn, habitId));
    if (!verdicts.every((v) => v === "missed" || v === "low")) return [];
    return [{ habitId, since, reason: reasonOf(verdicts) }];
  });
}

type Verdict = "missed" | "low" | "kept" | "not_asked";

function verdictOf(checkIn: SelfCheckIn, habitId: string): Verdict {
  if (!checkIn.answered) return "missed";
  const rating = checkIn.ratings[habitId];
  if (rating === undefined) return "not_asked";
  return rating <= LOW_HABIT_RATING ? "low" : "kept";
}

function reasonOf(verdicts: Verdict[]): string {
  const missed = verdicts.filter((v) => v === "missed").length;
  const low = verdicts.length - missed;
  if (missed === verdicts.length) return `The last ${missed} self check-ins went unanswered`;
  if (low === verdicts.length)
    return `Rated ${LOW_HABIT_RATING} or lower in the last ${low} self check-ins`;
  return `${missed} of the last ${verdicts.length} self check-ins unanswered, the other${low === 1 ? "" : "s"} rated ${LOW_HABIT_RATING} or lower`;
}
