import { type Day, dayFromNumber, dayNumber } from "./dates";

// The cadences people pick in the plan editor (every weekday, every Monday, every other Friday,
// the first of the month, the first Monday of the month) counted with calendar arithmetic for
// the one week asked. Counting them through an RRULE library on every read cost most of the
// due-this-week route's time (docs/performance.md). Any other rule is left to the library:
// `simpleCadenceDays` answers null for it.

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const KNOWN_KEYS = new Set(["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "WKST"]);

interface Window {
  /** The rule's first day (DTSTART); no occurrence falls before it. */
  start: Day;
  from: Day;
  to: Day;
}

type Rule =
  | { freq: "DAILY"; interval: number }
  | { freq: "WEEKLY"; interval: number; weekdays: number[]; weekStart: number }
  | { freq: "MONTHLY"; interval: number; monthDay: number }
  | { freq: "MONTHLY"; interval: number; nth: number; weekday: number };

/** The days from `from` to `to` (inclusive) the rule falls on, or null for a rule not covered. */
export function simpleCadenceDays(rrule: string, window: Window): Day[] | null {
  const rule = simpleRule(rrule, window.start);
  if (!rule) return null;
  const days: Day[] = [];
  const first = Math.max(dayNumber(window.from), dayNumber(window.start));
  for (let n = first; n <= dayNumber(window.to); n += 1) {
    if (fallsOn(rule, window.start, n)) days.push(dayFromNumber(n));
  }
  return days;
}

function simpleRule(rrule: string, start: Day): Rule | null {
  const parts = new Map<string, string>();
  for (const part of rrule.replace(/^RRULE:/, "").split(";")) {
    const [key = "", value = "", extra] = part.split("=");
    if (extra !== undefined || parts.has(key)) return null;
    if (!KNOWN_KEYS.has(key) && !["BYHOUR", "BYMINUTE", "BYSECOND"].includes(key)) return null;
    parts.set(key, value);
  }
  const interval = parts.has("INTERVAL") ? wholeNumber(parts.get("INTERVAL"), 1, 99) : 1;
  if (interval === null) return null;
  const freq = parts.get("FREQ");
  const byDay = parts.get("BYDAY");
  const byMonthDay = parts.get("BYMONTHDAY");
  if (freq === "DAILY" && byDay === undefined && byMonthDay === undefined)
    return { freq, interval };
  if (freq === "WEEKLY" && byMonthDay === undefined) return weeklyRule(parts, interval, start);
  if (freq === "MONTHLY") return monthlyRule(byDay, byMonthDay, interval, start);
  return null;
}

function weeklyRule(parts: Map<string, string>, interval: number, start: Day): Rule | null {
  const weekStart = weekdayIndex(parts.get("WKST") ?? "MO");
  const byDay = parts.get("BYDAY");
  const weekdays =
    byDay === undefined ? [weekdayOf(dayNumber(start))] : byDay.split(",").map(weekdayIndex);
  if (weekStart === -1 || weekdays.some((d) => d === -1)) return null;
  return { freq: "WEEKLY", interval, weekdays, weekStart };
}

function monthlyRule(
  byDay: string | undefined,
  byMonthDay: string | undefined,
  interval: number,
  start: Day,
): Rule | null {
  if (byDay !== undefined && byMonthDay !== undefined) return null;
  if (byDay !== undefined) {
    const match = /^\+?([1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay);
    if (!match) return null;
    return {
      freq: "MONTHLY",
      interval,
      nth: Number(match[1]),
      weekday: weekdayIndex(match[2] ?? ""),
    };
  }
  const monthDay =
    byMonthDay === undefined ? Number(start.slice(8, 10)) : wholeNumber(byMonthDay, 1, 28);
  if (monthDay === null || monthDay > 28) return null;
  return { freq: "MONTHLY", interval, monthDay };
}

function fallsOn(rule: Rule, start: Day, n: number): boolean {
  const first = dayNumber(start);
  if (rule.freq === "DAILY") return (n - first) % rule.interval === 0;
  if (rule.freq === "WEEKLY") {
    if (!rule.weekdays.includes(weekdayOf(n))) return false;
    const weeks = (weekBeginning(n, rule.weekStart) - weekBeginning(first, rule.weekStart)) / 7;
    return weeks % rule.interval === 0;
  }
  const day = dayFromNumber(n);
  if ((monthIndex(day) - monthIndex(start)) % rule.interval !== 0) return false;
  const dayOfMonth = Number(day.slice(8, 10));
  if ("monthDay" in rule) return dayOfMonth === rule.monthDay;
  return weekdayOf(n) === rule.weekday && Math.ceil(dayOfMonth / 7) === rule.nth;
}

/** 0 for Monday to 6 for Sunday. */
function weekdayOf(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

function weekBeginning(n: number, weekStart: number): number {
  return n - ((weekdayOf(n) - weekStart + 7) % 7);
}

function weekdayIndex(code: string): number {
  return WEEKDAYS.indexOf(code as (typeof WEEKDAYS)[number]);
}

function monthIndex(day: Day): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

function wholeNumber(text: string | undefined, min: number, max: number): number | null {
  if (text === undefined || !/^\d{1,3}$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}
