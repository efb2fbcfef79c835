import { TZDate } from "@date-fns/tz";

// A campaign's deadline is a day in the coach's time zone: raters answer until that day ends
// there, and reminders go at 09:00 there.

const REMINDER_HOUR = 9;

export type ReminderKind = "three-days" | "last-day";
const REMINDER_DAYS_BEFORE: Record<ReminderKind, number> = { "three-days": 3, "last-day": 0 };

function parts(day: string): [number, number, number] {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return [year, month - 1, date];
}

/** Today's date where the campaign is, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now = new Date()): string {
  const local = new TZDate(now.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** Whether raters still have at least one whole day after today to answer. */
export function isAhead(deadline: string, timeZone: string, now = new Date()): boolean {
  return deadline > todayIn(timeZone, now);
}

/** The last instant of the deadline day in the campaign's time zone. */
export function closingTime(deadline: string, timeZone: string): Date {
  const [year, month, date] = parts(deadline);
  return new Date(new TZDate(year, month, date, 23, 59, 59, 999, timeZone).getTime());
}

/** When each reminder goes: 09:00 three days before the deadline and on it; none in the past. */
export function reminderTimes(
  deadline: string,
  timeZone: string,
  now = new Date(),
): { kind: ReminderKind; at: Date }[] {
  const [year, month, date] = parts(deadline);
  return (Object.keys(REMINDER_DAYS_BEFORE) as ReminderKind[])
    .map((kind) => {
      const day = date - REMINDER_DAYS_BEFORE[kind];
      const at = new TZDate(year, month, day, REMINDER_HOUR, 0, 0, 0, timeZone);
      return { kind, at: new Date(at.getTime()) };
    })
    .filter(({ at }) => at.getTime() > now.getTime());
}

/** The deadline as a reader would say it, e.g. "Friday, 4 December 2026". */
export function spokenDate(deadline: string): string {
  const [year, month, date] = parts(deadline);
  return new Date(Date.UTC(year, month, date)).toLocaleDateString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
