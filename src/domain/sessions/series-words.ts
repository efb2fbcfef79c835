import { describeCadence } from "../goals/cadence-words";

// A series' rule as people read it, e.g. "Every second Tuesday at 08:30, London time": the
// RRULE itself is never shown.

export interface SeriesRule {
  rrule: string;
  /** "HH:MM" in `timeZone`. */
  localTime: string;
  timeZone: string;
}

export function describeSeries({ rrule, localTime, timeZone }: SeriesRule): string {
  return `${describeCadence(rrule)} at ${localTime}, ${placeOfZone(timeZone)} time`;
}

/** "Europe/London" → "London", "America/Argentina/Buenos_Aires" → "Buenos Aires", "UTC" → "UTC". */
export function placeOfZone(timeZone: string): string {
  return (timeZone.split("/").at(-1) ?? timeZone).replaceAll("_", " ");
}
