/** ISO weekdays as the schedule names them: 1 is Monday. */
export const WEEKDAYS = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

export const ENERGY_WORDS = ["Drained", "Low", "Steady", "Good", "Full of energy"] as const;

/** "Week of 30 November" for a week's Monday. */
export function weekLabel(week: string): string {
  const date = new Date(`${week}T12:00:00Z`);
  return `Week of ${date.toLocaleDateString("en-GB", { day: "numeric", month: "long", timeZone: "UTC" })}`;
}

/** A value with its unit, as a person reads it: "3 a week". */
export function withUnit(value: number | null, unit: string | null): string {
  if (value === null) return "not measured";
  return unit ? `${value} ${unit}` : String(value);
}
