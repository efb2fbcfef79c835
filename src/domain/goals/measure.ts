/** Which way the measure should move: "higher" when more is better, "lower" when less is. */
export type Direction = "higher" | "lower";

/** What a goal counts or rates, e.g. { what: "Tasks delegated", unit: "tasks a week" }. */
export interface Measure {
  what: string;
  unit: string;
  direction: Direction;
}

/** How far `value` is past `reference` in the better direction: negative when it falls short. */
export function gainOver(value: number, reference: number, direction: Direction): number {
  return direction === "higher" ? value - reference : reference - value;
}
