// Rounds go out every N weeks from the settings' anchor: the moments anchor + N weeks, + 2N, ...
// A moment is claimed once (its row's key refuses a second process). A moment that passed more
// than ROUND_GRACE_MS ago without a round (Keel was down) is too late: it is recorded as
// skipped, and the next moment goes out on time, so a restart never sends a burst of old pulses.

export const EVERY_WEEKS = { min: 1, max: 12, default: 4 } as const;
export const ROUND_DAYS = 7;
export const ROUND_GRACE_MS = 2 * 24 * 3_600_000;
const WEEK_MS = 7 * 24 * 3_600_000;

export interface RoundPlan {
  /** The latest moment due, when it is recent enough to go out now. */
  open: Date | null;
  /** Moments passed too long ago without a round, to record as skipped. */
  skip: Date[];
}

/**
 * What is due at `now`: the latest moment past (if not done yet and still recent) and the one
 * before it when it was missed too. `done` holds the moments already opened or skipped.
 */
export function roundsDue(
  anchor: Date,
  everyWeeks: number,
  now: Date,
  done: ReadonlySet<number>,
): RoundPlan {
  const period = everyWeeks * WEEK_MS;
  const passed = Math.floor((now.getTime() - anchor.getTime()) / period);
  if (passed < 1) return { open: null, skip: [] };
  const latest = new Date(anchor.getTime() + passed * period);
  const previous = new Date(anchor.getTime() + (passed - 1) * period);
  const skip: Date[] = [];
  if (passed >= 2 && !done.has(previous.getTime())) skip.push(previous);
  if (done.has(latest.getTime())) return { open: null, skip };
  if (now.getTime() - latest.getTime() > ROUND_GRACE_MS)
    return { open: null, skip: [...skip, latest] };
  return { open: latest, skip };
}

export function closesAt(openedAt: Date): Date {
  return new Date(openedAt.getTime() + ROUND_DAYS * 24 * 3_600_000);
}
