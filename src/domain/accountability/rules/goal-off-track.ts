import { daysBetween, formatDay } from "../../goals/dates";
import { statusOfGoal } from "../../goals/goal-status";
import { gainOver } from "../../goals/measure";
import { formatNumber } from "../../goals/numbers";
import { projectedOn } from "../../goals/projection";
import { type EngagementSnapshot, type GoalFact, openGoals } from "../snapshot";
import { quoted, type Severity } from "../warning";
import type { Rule } from "./rule";

/** The trend of the last few measurements: a slow start does not hide a recent stall. */
export const RECENT_MEASUREMENTS = 4;

/**
 * For each open goal with a complete line: "act" when its status is off track now (behind the
 * line by more than goal-status's share, or past its due date short of the target); "watch"
 * when the trend of its recent measurements, carried on to the due date, ends short of the
 * target by more than `shortfallShare` of the whole change from baseline to target.
 */
export const goalOffTrack: Rule = (snapshot, thresholds) => {
  const { shortfallShare } = thresholds.goalOffTrack;
  const found = openGoals(snapshot)
    .map((goal) => offTrack(snapshot, goal, shortfallShare))
    .filter((f): f is OffTrack => f !== null);
  if (found.length === 0) return null;
  return {
    rule: "goal_off_track",
    severity: found.some((f) => f.severity === "act") ? "act" : "watch",
    reason: found.map((f) => f.reason).join("; "),
    action:
      found.length === 1
        ? "Review the plan for this goal together"
        : "Review the plans for these goals together",
    evidence: found.map((f) => ({ kind: "goal", id: f.goal.id, on: f.on })),
    since: found.map((f) => f.on).sort()[0] ?? snapshot.today,
  };
};

interface OffTrack {
  goal: GoalFact;
  severity: Severity;
  reason: string;
  /** The latest measurement's day. */
  on: string;
}

function offTrack(snapshot: EngagementSnapshot, goal: GoalFact, share: number): OffTrack | null {
  const { today } = snapshot;
  const status = statusOfGoal({ ...goal, today });
  const { direction, baseline, target, dueDate } = goal;
  if (!status.latest || !direction || baseline === null || target === null || !dueDate) {
    return null;
  }
  const on = status.latest.date;
  if (status.status === "off_track") {
    return {
      goal,
      severity: "act",
      reason: `${quoted(goal.statement)}: ${status.explanation}`,
      on,
    };
  }
  const change = Math.abs(target - baseline);
  const reached = gainOver(status.latest.value, target, direction) >= 0;
  if (reached || change === 0 || daysBetween(today, dueDate) <= 0) return null;
  const recent = [...goal.measurements]
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(-RECENT_MEASUREMENTS);
  const projected = projectedOn(recent, dueDate);
  if (projected === null || -gainOver(projected, target, direction) / change <= share) {
    return null;
  }
  const reason = `${quoted(goal.statement)} is heading for ${formatNumber(projected, 1)} by ${formatDay(dueDate, today)}, short of the target of ${formatNumber(target)}`;
  return { goal, severity: "watch", reason, on };
}
