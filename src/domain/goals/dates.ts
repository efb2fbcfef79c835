/**
 * Calendar days as plain "YYYY-MM-DD" strings. A goal's dates are days, not instants: no time
 * zone enters, and "today" is always passed in by the caller.
 */
export type Day = string;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A real calendar day written as YYYY-MM-DD (not 2027-02-30, not 2027-2-3). */
export function isDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const [y, m, d] = parts(value);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Days since 1970-01-01: a number to subtract and interpolate with. */
export function dayNumber(day: Day): number {
  const [y, m, d] = parts(day);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function dayFromNumber(n: number): Day {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** How many days from `from` to `to`: negative when `to` is earlier. */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(day: Day, days: number): Day {
  return dayFromNumber(dayNumber(day) + days);
}

/** The Monday on or before the day. */
export function mondayOf(day: Day): Day {
  const weekday = new Date(dayNumber(day) * MS_PER_DAY).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** "30 June", with the year only when it is not the year of `today`: "30 June 2028". */
export function formatDay(day: Day, today: Day): string {
  const [y, m, d] = parts(day);
  const text = `${d} ${MONTHS[m - 1] ?? ""}`;
  return day.slice(0, 4) === today.slice(0, 4) ? text : `${text} ${y}`;
}

/** A day in full, as a report is dated: "1 December 2026". */
export function longDay(day: Day): string {
  const [y, m, d] = parts(day);
  return `${d} ${MONTHS[m - 1] ?? ""} ${y}`;
}

function parts(day: Day): [number, number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}
