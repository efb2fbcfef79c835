import { RRuleTemporal } from "rrule-temporal";
import { addDays, type Day, dayNumber } from "../../domain/goals/dates";
import { simpleCadenceDays } from "../../domain/goals/simple-cadence";

// A plan's cadence ("every Monday") is an RRULE. The cadences the plan editor offers are counted
// in local days by the domain's arithmetic; any other rule is expanded with rrule-temporal, which
// computes in the given time zone whatever the server's own, so a weekly occurrence stays on its
// local day across a change to or from summer time.

/** At most this many occurrences are walked: a rule with a long COUNT stops early. */
const MAX_OCCURRENCES = 1000;
const MS_PER_DAY = 86_400_000;

interface Window {
  /** The day the exercise starts: its cadence counts from there. */
  start: Day;
  from: Day;
  to: Day;
  timeZone: string;
}

/**
 * The local days from `from` to `to` (inclusive) on which the rule falls, counted from the day
 * the exercise starts (noon local time, clear of the hours clocks change at). Only days count,
 * so a rule's hours and minutes are dropped. A rule the library refuses yields no day.
 */
export function cadenceDays(rrule: string, window: Window): Day[] {
  if (window.start > window.to) return [];
  const simple = simpleCadenceDays(rrule, window);
  if (simple) return simple;
  return expandedDays(rrule, window);
}

/** The same days, through the RRULE library: for rules the arithmetic does not cover. */
export function expandedDays(rrule: string, window: Window): Day[] {
  const { from, to, timeZone } = window;
  if (window.start > to) return [];
  const parts = partsOf(rrule);
  const start = nearStart(parts, window.start, from);
  const endMs = dayNumber(addDays(to, 2)) * MS_PER_DAY;
  const rule = [...parts].map(([key, value]) => `${key}=${value}`).join(";");
  try {
    const expanded = new RRuleTemporal({
      rruleString: `DTSTART;TZID=${timeZone}:${start.replaceAll("-", "")}T120000\nRRULE:${rule}`,
    });
    const found = expanded
      .all((occurrence, index) => index < MAX_OCCURRENCES && occurrence.epochMilliseconds < endMs)
      .map((occurrence) => occurrence.toPlainDate().toString())
      .filter((day) => day >= from && day <= to);
    return [...new Set(found)];
  } catch {
    return [];
  }
}

function partsOf(rrule: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const part of rrule.replace(/^RRULE:/, "").split(";")) {
    const [key = "", value = ""] = part.split("=");
    if (!["BYHOUR", "BYMINUTE", "BYSECOND"].includes(key)) parts.set(key, value);
  }
  return parts;
}

/**
 * A start moved forward by whole periods to shortly before the window, so the walk is short
 * whenever the rule began: the same occurrences, as INTERVAL's rhythm and the start's weekday
 * or day of the month are kept. A rule with COUNT counts from its real start.
 */
function nearStart(parts: Map<string, string>, start: Day, from: Day): Day {
  if (parts.has("COUNT")) return start;
  const interval = Math.max(1, Number.parseInt(parts.get("INTERVAL") ?? "1", 10) || 1);
  const freq = parts.get("FREQ");
  if (freq === "DAILY" || freq === "WEEKLY") {
    const period = interval * (freq === "WEEKLY" ? 7 : 1);
    const periods = Math.floor((dayNumber(from) - 7 - dayNumber(start)) / period);
    return periods > 0 ? addDays(start, periods * period) : start;
  }
  const day = Number(start.slice(8, 10));
  const months = (freq === "YEARLY" ? 12 : 1) * interval;
  if ((freq !== "MONTHLY" && freq !== "YEARLY") || day > 28) return start;
  const monthIndex = (d: Day) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
  const periods = Math.floor((monthIndex(from) - 13 - monthIndex(start)) / months);
  if (periods <= 0) return start;
  const shifted = monthIndex(start) + periods * months;
  const month = String((shifted % 12) + 1).padStart(2, "0");
  return `${Math.floor(shifted / 12)}-${month}-${start.slice(8, 10)}`;
}
