import { addDays, type Day, daysBetween } from "../goals/dates";

/**
 * When the sustain plan's self check-ins fall: 30, 60 and 90 days after the coaching ended, and
 * then, if the client wishes, every quarter (91 days, so each falls on the same weekday).
 */
export const FIRST_CHECK_IN_DAYS = [30, 60, 90] as const;
export const QUARTER_DAYS = 91;

/** The days of the check-ins due up to and including `until`, oldest first. */
export function selfCheckInDays(ended: Day, quarterly: boolean, until: Day): Day[] {
  const days: Day[] = [];
  for (const offset of FIRST_CHECK_IN_DAYS) days.push(addDays(ended, offset));
  if (quarterly) {
    const last = FIRST_CHECK_IN_DAYS[FIRST_CHECK_IN_DAYS.length - 1] ?? 90;
    for (
      let offset = last + QUARTER_DAYS;
      offset <= daysBetween(ended, until);
      offset += QUARTER_DAYS
    )
      days.push(addDays(ended, offset));
  }
  return days.filter((day) => daysBetween(day, until) >= 0);
}

/** The next check-in after `today`, or null when none is left (no quarterly check-ins wished). */
export function nextSelfCheckIn(ended: Day, quarterly: boolean, today: Day): Day | null {
  // Before the end, the first falls a month after it; after, the next within a quarter.
  const from = daysBetween(ended, today) > 0 ? today : ended;
  const horizon = addDays(from, QUARTER_DAYS + 1);
  return (
    selfCheckInDays(ended, quarterly, horizon).find((day) => daysBetween(today, day) > 0) ?? null
  );
}
