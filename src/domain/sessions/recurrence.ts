import { RRuleTemporal } from "rrule-temporal";
import type { FieldProblem } from "../field-problem";

// A series' recurrence rule (RFC 5545 RRULE), expanded by rrule-temporal in the series' own zone:
// each occurrence keeps its local time across daylight-saving changes whatever the server's zone.
// A rule must end (COUNT or UNTIL), repeat daily, weekly or monthly and yield at most
// MAX_OCCURRENCES; the time of day comes from the series, not from the rule.

export const MAX_OCCURRENCES = 52;

const FREQUENCIES = new Set(["DAILY", "WEEKLY", "MONTHLY"]);
const PARTS = new Set(["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "WKST"]);

export interface SeriesPattern {
  /** The RRULE's value, e.g. "FREQ=WEEKLY;INTERVAL=2;COUNT=4" (an "RRULE:" prefix is dropped). */
  rrule: string;
  /** "YYYY-MM-DD": the rule counts from this local date. */
  firstDate: string;
  /** "HH:MM" in `timeZone`. */
  localTime: string;
  /** A zone Intl knows, by its canonical name. */
  timeZone: string;
}

export interface Expansion {
  /** Each occurrence's start, in order. */
  starts: Date[];
  /** The rule as kept: UNTIL replaced by the COUNT it yields, so the rule says exactly what was made. */
  rrule: string;
}

export type ExpansionResult = { ok: true; value: Expansion } | { ok: false; problem: FieldProblem };

const refuse = (message: string, path = "rrule"): ExpansionResult => ({
  ok: false,
  problem: { path, message },
});

export function expandSeries(pattern: SeriesPattern): ExpansionResult {
  const parts = partsOf(pattern.rrule);
  if (!parts) return refuse('Write the rule as KEY=VALUE pairs, e.g. "FREQ=WEEKLY;COUNT=4"');
  const unknown = [...parts.keys()].find((key) => !PARTS.has(key));
  if (unknown) return refuse(`${unknown} is not allowed here; the series' time sets the hour`);
  if (!FREQUENCIES.has(parts.get("FREQ") ?? ""))
    return refuse("Repeat DAILY, WEEKLY or MONTHLY (FREQ)");
  if (!parts.has("COUNT") && !parts.has("UNTIL"))
    return refuse("A series must end: give COUNT (how many sessions) or UNTIL (the last day)");
  if (parts.has("COUNT") && parts.has("UNTIL")) return refuse("Give COUNT or UNTIL, not both");
  const count = parts.has("COUNT") ? Number(parts.get("COUNT")) : null;
  if (count !== null && !(Number.isInteger(count) && count >= 1 && count <= MAX_OCCURRENCES))
    return refuse(`COUNT must be a whole number from 1 to ${MAX_OCCURRENCES}`);
  const starts = occurrences(parts, pattern);
  if (!starts) return refuse("This rule could not be read; check each part");
  if (starts.length === 0) return refuse("This rule yields no session; check its days and end");
  if (starts.length > MAX_OCCURRENCES)
    return refuse(`A series has at most ${MAX_OCCURRENCES} sessions; end it sooner`);
  parts.delete("UNTIL");
  parts.set("COUNT", String(starts.length));
  const rrule = [...parts].map(([key, value]) => `${key}=${value}`).join(";");
  return { ok: true, value: { starts, rrule } };
}

/** The rule's parts in order, upper-cased; null when it is not KEY=VALUE pairs. */
function partsOf(rrule: string): Map<string, string> | null {
  const parts = new Map<string, string>();
  const text = rrule.trim().replace(/^RRULE:/i, "");
  for (const part of text.split(";")) {
    const match = /^([A-Za-z]+)=([A-Za-z0-9,+-]+)$/.exec(part.trim());
    if (!match?.[1] || !match[2] || parts.has(match[1].toUpperCase())) return null;
    parts.set(match[1].toUpperCase(), match[2].toUpperCase());
  }
  return parts;
}

function occurrences(parts: Map<string, string>, pattern: SeriesPattern): Date[] | null {
  const rule = [...parts].map(([key, value]) => `${key}=${value}`).join(";");
  const start = `${pattern.firstDate.replaceAll("-", "")}T${pattern.localTime.replace(":", "")}00`;
  try {
    const expanded = new RRuleTemporal({
      rruleString: `DTSTART;TZID=${pattern.timeZone}:${start}\nRRULE:${rule}`,
    });
    // One more than allowed is enough to know the rule yields too many.
    return expanded
      .all((_, index) => index <= MAX_OCCURRENCES)
      .map((occurrence) => new Date(occurrence.epochMilliseconds));
  } catch {
    return null;
  }
}
