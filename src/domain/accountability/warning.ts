import type { Day } from "../goals/dates";

export const RULE_IDS = [
  "overdue_commitments",
  "missed_check_ins",
  "goal_off_track",
  "falling_confidence",
  "recurring_obstacle",
  "no_session_booked",
  "low_energy",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** "watch": worth a look; "act": do something this week. */
export type Severity = "watch" | "act";

/** What a warning or a celebration rests on, for the pages to link to. */
export interface Evidence {
  kind: "commitment" | "check_in" | "goal" | "milestone" | "session";
  id: string;
  /** The day that makes it evidence: a due date, a check-in's day, a measurement's day. */
  on?: Day;
}

export interface Warning {
  rule: RuleId;
  severity: Severity;
  /** In plain words, with the actual numbers. */
  reason: string;
  /** The one thing the coach could do about it. */
  action: string;
  evidence: Evidence[];
  /** The day the situation began: the oldest overdue date, the last check-in, … */
  since: Day;
}

/**
 * Every rule fires "watch" at its threshold and "act" at twice it (twice the count, days, drop
 * or weeks), so one setting moves both.
 */
export function severityAt(value: number, threshold: number): Severity {
  return value >= 2 * threshold ? "act" : "watch";
}

/** "1 day", "12 days". */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

/** Client text inside a reason: trimmed, on one line, cut at a readable length. */
export function quoted(text: string, max = 80): string {
  const line = text.trim().replace(/\s+/g, " ");
  return `“${line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line}”`;
}
