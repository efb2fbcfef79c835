import { addDays, instantOf, isoWeekday, localParts } from "../sessions/zoned-time";

/** When a client wants their weekly check-in: an ISO weekday (1 is Monday), a local hour, a zone. */
export interface CheckInTime {
  weekday: number;
  hour: number;
  timeZone: string;
}

/** The Monday ("YYYY-MM-DD") of the local week an instant falls in, in the zone. */
export function weekOf(instant: Date, timeZone: string): string {
  const { date } = localParts(instant, timeZone);
  return addDays(date, 1 - isoWeekday(date));
}

/**
 * The instant the week's check-in is due: its weekday at its hour, local time. An hour the clocks
 * skip falls to the next hour that exists.
 */
export function dueInstant(week: string, time: CheckInTime): Date {
  const day = addDays(week, time.weekday - 1);
  for (let hour = time.hour; hour < 24; hour++) {
    const at = instantOf(day, hour * 60, time.timeZone);
    if (at) return at;
  }
  return instantOf(addDays(day, 1), 0, time.timeZone) ?? new Date(`${day}T00:00:00Z`);
}

/**
 * What the weekly job does for an engagement at `now`: mail this week's check-in once its time
 * has come (late mail of the same week still helps), or nothing yet. A week that passed unmailed
 * is never mailed late: the next week's check-in replaces it.
 */
export function checkInDue(now: Date, time: CheckInTime): { week: string; dueAt: Date } | null {
  const week = weekOf(now, time.timeZone);
  const dueAt = dueInstant(week, time);
  return now >= dueAt ? { week, dueAt } : null;
}

/** The week before a week's Monday. */
export function previousWeek(week: string): string {
  return addDays(week, -7);
}
