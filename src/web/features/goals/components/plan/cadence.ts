// The cadences an exercise can repeat on, as a few plain choices that write an RRULE; the
// domain's describeCadence reads any rule back in words, so people never see the rule itself.

import { WEEKDAYS, type Weekday } from "../../../../../domain/goals/cadence-words";

export { WEEKDAYS, type Weekday };

export const CADENCE_PATTERNS = [
  ["weekly", "Every week"],
  ["fortnightly", "Every second week"],
  ["monthly", "Once a month"],
  ["workdays", "Every working day"],
] as const;
export type CadencePattern = (typeof CADENCE_PATTERNS)[number][0];

export interface Cadence {
  pattern: CadencePattern;
  day: Weekday;
}

export function cadenceRule({ pattern, day }: Cadence): string {
  if (pattern === "weekly") return `FREQ=WEEKLY;BYDAY=${day}`;
  if (pattern === "fortnightly") return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day}`;
  if (pattern === "monthly") return `FREQ=MONTHLY;BYDAY=1${day}`;
  return "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR";
}

/** The choice a rule came from, or null for a rule written elsewhere (a template, say). */
export function cadenceOf(rule: string): Cadence | null {
  for (const [pattern] of CADENCE_PATTERNS) {
    for (const [day] of WEEKDAYS) {
      if (cadenceRule({ pattern, day }) === stripPrefix(rule)) return { pattern, day };
    }
  }
  return null;
}

function stripPrefix(rule: string): string {
  return rule.trim().replace(/^RRULE:/, "");
}
