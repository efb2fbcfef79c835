import type { FieldProblem } from "../field-problem";
import { addDays, instantOf, isoWeekday, knownTimeZone, localParts, minutesOf } from "./zoned-time";

/** One stretch of bookable hours on a weekday, in the coach's own time zone. */
export interface WeeklyWindow {
  /** ISO weekday: 1 is Monday, 7 is Sunday. */
  weekday: number;
  /** Local wall-clock times, "HH:MM", start before end. */
  start: string;
  end: string;
}

export type WeeklyHours = WeeklyWindow[];

/** A coach's hours and the rules of booking them. */
export interface BookingRules {
  timeZone: string;
  weekly: WeeklyHours;
  sessionMinutes: number;
  bufferMinutes: number;
  minNoticeHours: number;
  horizonDays: number;
  lateCancelHours: number;
  maxMoves: number;
}

/** What a coach who has not saved hours yet is booked by: weekdays nine to five. */
export function defaultRules(timeZone: string | null): BookingRules {
  return {
    timeZone: timeZone ?? "Europe/London",
    weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: "09:00", end: "17:00" })),
    sessionMinutes: 60,
    bufferMinutes: 15,
    minNoticeHours: 24,
    horizonDays: 60,
    lateCancelHours: 24,
    maxMoves: 2,
  };
}

/** A time the coach is taken: a session from its start until its end plus the buffer. */
export interface BusyRange {
  start: Date;
  end: Date;
}

/** What is wrong with a coach's hours: an unknown zone, a window ending before it starts, overlaps. */
export function hoursProblems(rules: Pick<BookingRules, "timeZone" | "weekly">): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!knownTimeZone(rules.timeZone))
    problems.push({ path: "timeZone", message: "Choose a time zone such as Europe/London" });
  rules.weekly.forEach((window, i) => {
    if (minutesOf(window.end) <= minutesOf(window.start)) {
      problems.push({ path: `weekly.${i}.end`, message: "Make the end later than the start" });
      return;
    }
    const clash = rules.weekly.findIndex(
      (other, j) =>
        j < i &&
        other.weekday === window.weekday &&
        minutesOf(other.start) < minutesOf(window.end) &&
        minutesOf(window.start) < minutesOf(other.end),
    );
    if (clash >= 0)
      problems.push({
        path: `weekly.${i}.start`,
        message: `This overlaps the hours ${rules.weekly[clash]?.start}–${rules.weekly[clash]?.end} of the same day`,
      });
  });
  return problems;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The earliest and latest start a client may book now. */
export function bookableBetween(rules: BookingRules, now: Date): { earliest: Date; latest: Date } {
  return {
    earliest: new Date(now.getTime() + rules.minNoticeHours * HOUR),
    latest: new Date(now.getTime() + rules.horizonDays * DAY),
  };
}

/** Whether a session at `start` would leave the coach free of every busy range, buffer included. */
export function isFree(rules: BookingRules, start: Date, busy: readonly BusyRange[]): boolean {
  const s = start.getTime();
  const until = s + (rules.sessionMinutes + rules.bufferMinutes) * MINUTE;
  return busy.every((b) => until <= b.start.getTime() || b.end.getTime() <= s);
}

/**
 * The starts of the free slots between two instants: on a grid of the session's length from each
 * window's start, whole inside the window, clear of the busy ranges with the buffer, no earlier
 * than the notice and no later than the horizon allow. Sorted, without repeats.
 */
export function freeSlots(
  rules: BookingRules,
  range: { from: Date; to: Date; now: Date; busy: readonly BusyRange[] },
): Date[] {
  const { earliest, latest } = bookableBetween(rules, range.now);
  const first = Math.max(range.from.getTime(), earliest.getTime());
  const last = Math.min(range.to.getTime(), latest.getTime());
  if (first > last) return [];
  const starts = new Set<number>();
  const lastDay = addDays(localParts(new Date(last), rules.timeZone).date, 1);
  for (
    let day = addDays(localParts(new Date(first), rules.timeZone).date, -1);
    day <= lastDay;
    day = addDays(day, 1)
  ) {
    for (const start of windowSlots(rules, day)) {
      const t = start.getTime();
      if (t >= first && t <= last && t < range.to.getTime() && isFree(rules, start, range.busy))
        starts.add(t);
    }
  }
  return [...starts].sort((a, b) => a - b).map((t) => new Date(t));
}

/** The grid starts of one local day's windows, each slot whole inside its window. */
function windowSlots(rules: BookingRules, day: string): Date[] {
  const weekday = isoWeekday(day);
  const found: Date[] = [];
  for (const window of rules.weekly) {
    if (window.weekday !== weekday) continue;
    const open = minutesOf(window.start);
    const close = minutesOf(window.end);
    const closesAt = instantOf(day, close, rules.timeZone);
    for (let m = open; m + rules.sessionMinutes <= close; m += rules.sessionMinutes) {
      const start = instantOf(day, m, rules.timeZone);
      if (!start) continue;
      const ends = start.getTime() + rules.sessionMinutes * MINUTE;
      if (closesAt && ends > closesAt.getTime()) continue;
      found.push(start);
    }
  }
  return found;
}

/** Whether a client may book a session at `start`: one of the free slots. */
export function isBookableSlot(
  rules: BookingRules,
  start: Date,
  now: Date,
  busy: readonly BusyRange[],
): boolean {
  const around = { from: new Date(start.getTime() - DAY), to: new Date(start.getTime() + DAY) };
  return freeSlots(rules, { ...around, now, busy }).some((s) => s.getTime() === start.getTime());
}

/** Why a client may not book at `start`, or null when it is a free slot. */
export function slotRefusal(
  rules: BookingRules,
  start: Date,
  now: Date,
  busy: readonly BusyRange[],
): string | null {
  const { earliest, latest } = bookableBetween(rules, now);
  if (start < earliest)
    return `Book at least ${rules.minNoticeHours} hours ahead: the coach needs that notice.`;
  if (start > latest) return `Book at most ${rules.horizonDays} days ahead.`;
  if (!isBookableSlot(rules, start, now, [])) return "Choose one of the coach's free slots.";
  if (!isFree(rules, start, busy)) return "The coach has another session at that time.";
  return null;
}
