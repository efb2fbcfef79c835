import { type Day, dayNumber, daysBetween, formatDay } from "./dates";
import { type Direction, gainOver } from "./measure";
import { formatNumber } from "./numbers";

export const GOAL_STATUSES = [
  "not_measured",
  "on_track",
  "at_risk",
  "off_track",
  "achieved",
  "dropped",
  "replaced",
] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const STATUS_LABELS: Record<GoalStatus, string> = {
  not_measured: "Not measured yet",
  on_track: "On track",
  at_risk: "At risk",
  off_track: "Off track",
  achieved: "Achieved",
  dropped: "Dropped",
  replaced: "Replaced",
};

/**
 * The line runs straight from the baseline on the start date to the target on the due date.
 * The latest measurement is compared with where the line stood on the day it was taken; the
 * shortfall, in the better direction, as a share of the whole change |target - baseline|, gives:
 * - on track: behind by AT_RISK_SHARE or less (or ahead);
 * - at risk: behind by more than AT_RISK_SHARE, up to OFF_TRACK_SHARE;
 * - off track: behind by more than OFF_TRACK_SHARE.
 * A goal whose latest measurement has reached the target is on track, whatever the line says.
 * Once the due date has come (by today or by the latest measurement), a goal short of its
 * target is off track: the time is up.
 */
export const AT_RISK_SHARE = 0.1;
export const OFF_TRACK_SHARE = 0.25;

export interface Measurement {
  value: number;
  date: Day;
}

/** How a goal ended, set by people; an open goal has none. */
export type GoalClosure =
  | { kind: "achieved"; on: Day }
  | { kind: "dropped"; reason: string }
  | { kind: "replaced"; byStatement?: string };

export interface StatusInput {
  direction: Direction;
  baseline: number;
  target: number;
  startDate: Day;
  dueDate: Day;
  measurements: Measurement[];
  closure?: GoalClosure | null;
  today: Day;
}

export interface StatusReading {
  status: GoalStatus;
  label: string;
  /** One sentence in plain words, the same wherever the status shows. */
  explanation: string;
  /** Where the line stood on the latest measurement's day, when there is one. */
  expected?: number;
  latest?: Measurement;
}

/** A goal as stored: it may not have a complete line yet (the checks only advise one). */
export type StoredGoal = Omit<StatusInput, "direction" | "baseline" | "target" | "dueDate"> & {
  direction: Direction | null;
  baseline: number | null;
  target: number | null;
  dueDate: Day | null;
};

/**
 * The status of any goal: what people decided, or else what its measurements say against its
 * line; a goal without a complete line (measure, baseline, target, due date) is not measured.
 */
export function statusOfGoal(goal: StoredGoal): StatusReading {
  if (goal.closure) return closed(goal.closure, goal.today);
  const line = completeLine(goal);
  if (line) return goalStatus(line);
  const explanation =
    "Not measured yet: the goal needs a measure with a baseline, a target and a due date.";
  return reading("not_measured", explanation);
}

function completeLine(goal: StoredGoal): StatusInput | null {
  const { direction, baseline, target, dueDate } = goal;
  if (!direction || baseline === null || target === null || !dueDate) return null;
  return { ...goal, direction, baseline, target, dueDate };
}

export function goalStatus(input: StatusInput): StatusReading {
  if (input.closure) return closed(input.closure, input.today);
  const latest = latestMeasurement(input.measurements);
  if (!latest) return notMeasured(input);
  return measured(input, latest);
}

/** The value on the line from baseline to target on a day, held flat before and after. */
export function expectedOn(
  input: Pick<StatusInput, "baseline" | "target" | "startDate" | "dueDate">,
  day: Day,
): number {
  const span = daysBetween(input.startDate, input.dueDate);
  const elapsed = Math.min(Math.max(daysBetween(input.startDate, day), 0), span);
  const share = span > 0 ? elapsed / span : 1;
  return input.baseline + (input.target - input.baseline) * share;
}

/** The latest by date; of two on one day, the one recorded last (later in the list). */
export function latestMeasurement(measurements: Measurement[]): Measurement | null {
  let latest: Measurement | null = null;
  for (const m of measurements) {
    if (!latest || dayNumber(m.date) >= dayNumber(latest.date)) latest = m;
  }
  return latest;
}

function reading(status: GoalStatus, explanation: string, extra = {}): StatusReading {
  return { status, label: STATUS_LABELS[status], explanation, ...extra };
}

function closed(closure: GoalClosure, today: Day): StatusReading {
  if (closure.kind === "achieved") {
    return reading("achieved", `Achieved on ${formatDay(closure.on, today)}.`);
  }
  if (closure.kind === "dropped") {
    const reason = closure.reason.trim();
    return reading("dropped", reason ? `Dropped: ${reason}` : "Dropped.");
  }
  const by = closure.byStatement ? `: “${closure.byStatement.trim()}”` : "";
  return reading("replaced", `Replaced by a new goal${by}.`);
}

function notMeasured(input: StatusInput): StatusReading {
  const from = formatNumber(input.baseline);
  const to = formatNumber(input.target);
  const due = formatDay(input.dueDate, input.today);
  return reading(
    "not_measured",
    `Not measured yet: the line runs from ${from} to ${to} by ${due}.`,
  );
}

function measured(input: StatusInput, latest: Measurement): StatusReading {
  const expected = expectedOn(input, latest.date);
  const status = statusFor(input, latest, expected);
  return reading(status, explain(status, input, latest, expected), { expected, latest });
}

function reached(input: StatusInput, latest: Measurement): boolean {
  return gainOver(latest.value, input.target, input.direction) >= 0;
}

/** The due date has come, by the calendar or by the latest measurement. */
function timeUp(input: StatusInput, latest: Measurement): boolean {
  const last = dayNumber(latest.date) > dayNumber(input.today) ? latest.date : input.today;
  return daysBetween(input.dueDate, last) >= 0;
}

/** How far the value trails the line, as a share of the whole change; negative when ahead. */
function shortfallShare(input: StatusInput, value: number, expected: number): number {
  const behind = -gainOver(value, expected, input.direction);
  const change = Math.abs(input.target - input.baseline);
  if (change === 0) return behind > 0 ? Number.POSITIVE_INFINITY : 0;
  return behind / change;
}

function statusFor(input: StatusInput, latest: Measurement, expected: number): GoalStatus {
  if (reached(input, latest)) return "on_track";
  if (timeUp(input, latest)) return "off_track";
  const shortfall = shortfallShare(input, latest.value, expected);
  if (shortfall > OFF_TRACK_SHARE) return "off_track";
  if (shortfall > AT_RISK_SHARE) return "at_risk";
  return "on_track";
}

const LEADS: Record<"on_track" | "at_risk" | "off_track", string> = {
  on_track: "On track for",
  at_risk: "A little behind the line to",
  off_track: "Behind the line to",
};

function explain(
  status: GoalStatus,
  input: StatusInput,
  latest: Measurement,
  expected: number,
): string {
  const target = formatNumber(input.target);
  const due = formatDay(input.dueDate, input.today);
  const when = latest.date === input.today ? "" : ` on ${formatDay(latest.date, input.today)}`;
  const at = `at ${formatNumber(latest.value)}${when}`;
  if (reached(input, latest)) return `Target of ${target} reached: ${at}.`;
  if (timeUp(input, latest)) {
    return `Past the due date of ${due}: ${at}, short of the target of ${target}.`;
  }
  const lead = LEADS[status as keyof typeof LEADS];
  const by = when ? "then" : "now";
  return `${lead} ${target} by ${due}: ${at}, where ${formatNumber(expected, 1)} was expected by ${by}.`;
}
