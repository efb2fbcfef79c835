// Wall-clock times in a named zone, by the offset Intl reports at an instant: correct across
// daylight-saving changes whatever the process's own zone is (no Date local-time methods here).

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formats.set(zone, format);
  }
  return format;
}

/** The zone's canonical name, or null when Intl does not know it. */
export function knownTimeZone(zone: string): string | null {
  const known = knownZones.get(zone);
  if (known) return known;
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return null;
  try {
    const canonical = new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions()
      .timeZone;
    // Only canonical names are kept (not every spelling Intl accepts), so the map is never
    // larger than the zone database.
    if (canonical === zone) knownZones.set(zone, canonical);
    return canonical;
  } catch {
    return null;
  }
}

// Resolving a name builds a formatter (about 0.1 ms); the coach's home asks once per client.
const knownZones = new Map<string, string>();

/** The local date and time at an instant in the zone. */
export interface LocalParts {
  /** "YYYY-MM-DD" */
  date: string;
  /** "HH:MM" */
  time: string;
}

type Fields = Record<"year" | "month" | "day" | "hour" | "minute" | "second", number>;

// format() is about two and a half times as fast as formatToParts(), and a month of free slots
// asks for the fields about a thousand times; a year format() cannot show in four digits falls
// back to the parts.
const US_FORMAT = /^(\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

function fieldsAt(instant: number, zone: string): Fields {
  const format = formatIn(zone);
  const m = US_FORMAT.exec(format.format(instant));
  if (m) {
    const [month, day, year, hour, minute, second] = m.slice(1).map(Number) as number[];
    return { year, month, day, hour, minute, second } as Fields;
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant)))
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  return parts as Fields;
}

// The offsets already asked for, by zone and instant. A month of free slots asks for the same
// few hundred instants on every request (docs/performance.md, "Sessions"); an offset at an
// instant never changes, so only the size needs a bound.
const knownOffsets = new Map<string, Map<number, number>>();
const OFFSETS_KEPT = 50_000;

/** Minutes the zone is ahead of UTC at the instant. */
export function offsetMinutes(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  let known = knownOffsets.get(zone);
  const offset = known?.get(whole);
  if (offset !== undefined) return offset;
  const f = fieldsAt(whole, zone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  const found = Math.round((asUtc - whole) / MINUTE);
  if (!known || known.size >= OFFSETS_KEPT) {
    known = new Map();
    knownOffsets.set(zone, known);
  }
  known.set(whole, found);
  return found;
}

export function localParts(instant: Date, zone: string): LocalParts {
  // The wall clock is the instant moved by the zone's offset then, read as UTC: the offset is
  // remembered (offsetMinutes), where formatting each instant cost the coach's home a tenth of
  // its time (docs/performance.md, "Accountability").
  const at = instant.getTime();
  const wall = new Date(at + offsetMinutes(at, zone) * MINUTE);
  return {
    date: `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`,
    time: `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`,
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The instant a local date and minute of the day happen in the zone. A time the clocks skip
 * (spring forward) is null; a time they pass twice (fall back) is its first occurrence.
 */
export function instantOf(date: string, minuteOfDay: number, zone: string): Date | null {
  const wall = utcMidnight(date) + minuteOfDay * MINUTE;
  const candidates = new Set([
    wall - offsetMinutes(wall - DAY / 2, zone) * MINUTE,
    wall - offsetMinutes(wall + DAY / 2, zone) * MINUTE,
  ]);
  const real = [...candidates].filter((t) => t + offsetMinutes(t, zone) * MINUTE === wall);
  return real.length === 0 ? null : new Date(Math.min(...real));
}

/** Midnight UTC of a calendar date "YYYY-MM-DD": calendar arithmetic only. */
export function utcMidnight(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * DAY).toISOString().slice(0, 10);
}

/** ISO weekday of a calendar date: 1 is Monday, 7 is Sunday. */
export function isoWeekday(date: string): number {
  return new Date(utcMidnight(date)).getUTCDay() || 7;
}

/** The first instant of a local date in the zone (midnight, or the first time after a gap). */
export function startOfLocalDay(date: string, zone: string): Date {
  for (let minute = 0; minute < 24 * 60; minute += 15) {
    const at = instantOf(date, minute, zone);
    if (at) return at;
  }
  return new Date(utcMidnight(date));
}

/** "HH:MM" as minutes after midnight. */
export function minutesOf(clock: string): number {
  const [h, m] = clock.split(":").map(Number) as [number, number];
  return h * 60 + m;
}
