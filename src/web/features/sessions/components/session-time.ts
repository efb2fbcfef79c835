import type { SessionMode } from "../../../../contract/sessions";

/** The zone the browser is in, e.g. "Europe/London". */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Every zone the browser knows, for a select; the given one is always among them. */
export function timeZoneOptions(current: string): string[] {
  const zones =
    typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

const dayFormat = (timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone,
  });
const timeFormat = (timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  });

/** "Tue, 9 Mar 2027, 09:00–10:00" in the given zone (the viewer's, by default). */
export function formatSessionTime(
  startsAt: string,
  endsAt: string,
  timeZone: string = browserTimeZone(),
): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  return `${dayFormat(timeZone).format(start)}, ${timeFormat(timeZone).format(start)}–${timeFormat(timeZone).format(end)}`;
}

/** "Monday 8 March" (or "Mon 8 Mar", short) for a calendar day "2027-03-08" (no zone shift). */
export function formatSlotDay(localDate: string, length: "long" | "short" = "long"): string {
  const [year, month, day] = localDate.split("-").map(Number);
  return new Intl.DateTimeFormat("en-GB", {
    weekday: length,
    day: "numeric",
    month: length,
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
}

/** A calendar day "YYYY-MM-DD" some days from now, in the browser's zone. */
export function isoDateFromToday(days: number, now: Date = new Date()): string {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const month = String(date.getMonth() + 1).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${String(date.getDate()).padStart(2, "0")}`;
}

export const MODE_LABELS: Record<SessionMode, string> = {
  in_person: "In person",
  phone: "Phone",
  video: "Video call",
};

/** What the place of a session is called, by its mode. */
export const PLACE_LABELS: Record<SessionMode, string> = {
  in_person: "Address",
  phone: "Phone number",
  video: "Meeting link",
};

/** Hours from now until an instant; negative once it has passed. */
export function hoursUntil(instant: string, now: Date = new Date()): number {
  return (new Date(instant).getTime() - now.getTime()) / 3_600_000;
}

/**
 * What the client's cancellation now will mean for their allowance, by the coach's rule: inside
 * the late-cancellation window it still counts as a session; before it, it is free until then.
 */
export function cancellationWording(
  startsAt: string,
  lateCancelHours: number,
  now: Date = new Date(),
  timeZone: string = browserTimeZone(),
): { late: boolean; text: string } {
  const hours = lateCancelHours === 1 ? "1 hour" : `${lateCancelHours} hours`;
  if (lateCancelHours > 0 && hoursUntil(startsAt, now) < lateCancelHours)
    return {
      late: true,
      text: `Cancelling now, less than ${hours} before, still counts as one of your sessions.`,
    };
  if (lateCancelHours === 0)
    return { late: false, text: "You can cancel free of charge until the session starts." };
  const freeUntil = new Date(new Date(startsAt).getTime() - lateCancelHours * 3_600_000);
  const day = dayFormat(timeZone).format(freeUntil);
  const time = timeFormat(timeZone).format(freeUntil);
  return {
    late: false,
    text: `You can cancel free of charge until ${day}, ${time} (${hours} before the start); after that, cancelling counts as one of your sessions.`,
  };
}

/**
 * "2027-03-08" and "09:30" from a datetime-local input as a UTC instant, read in the browser's
 * zone (the input shows the viewer's own wall-clock time).
 */
export function localInputToInstant(value: string): string | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Whether a session's start has passed: it can no longer be moved or cancelled. */
export function hasStarted(session: { startsAt: string }, now: Date = new Date()): boolean {
  return new Date(session.startsAt).getTime() <= now.getTime();
}
