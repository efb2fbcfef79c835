import type { FieldProblem } from "../field-problem";
import { OFF_TRACK_SHARE } from "../goals/goal-status";

/** The coach's settings for the early-warning rules, per practice or per engagement. */
export interface Thresholds {
  /** At least `count` open commitments, each `days` or more past its due date. */
  overdueCommitments: { count: number; days: number };
  /**
   * No check-in in the last `days` days; never before `graceDays` after the first check-in
   * was due, and from then on when none has come at all.
   */
  missedCheckIns: { days: number; graceDays: number };
  /** A goal's confidence over its last `checkIns` ratings: never rising, `drop` lower in all. */
  fallingConfidence: { checkIns: number; drop: number };
  /** The latest challenge named in `reports` check-ins or more within `withinDays`. */
  recurringObstacle: { reports: number; withinDays: number };
  /** No session ahead and none held for `days` days. */
  noSessionBooked: { days: number };
  /** Energy at `atMost` or lower (of 5) in each of the last `weeks` weeks in a row. */
  lowEnergy: { atMost: number; weeks: number };
  /** The trend of a goal's measurements ends short of its target by more than this share. */
  goalOffTrack: { shortfallShare: number };
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  overdueCommitments: { count: 2, days: 3 },
  missedCheckIns: { days: 14, graceDays: 7 },
  fallingConfidence: { checkIns: 3, drop: 2 },
  recurringObstacle: { reports: 2, withinDays: 56 },
  noSessionBooked: { days: 30 },
  lowEnergy: { atMost: 2, weeks: 3 },
  goalOffTrack: { shortfallShare: OFF_TRACK_SHARE },
};

export type ThresholdSettings = {
  [Rule in keyof Thresholds]?: Partial<Thresholds[Rule]>;
};

/** The defaults, overridden by the practice's settings, overridden by the engagement's. */
export function thresholdsWith(...layers: (ThresholdSettings | null | undefined)[]): Thresholds {
  const merged = structuredClone(DEFAULT_THRESHOLDS) as unknown as Record<
    string,
    Record<string, number>
  >;
  for (const layer of layers) {
    for (const [rule, values] of Object.entries(layer ?? {})) {
      const target = merged[rule];
      if (!target || !values) continue;
      for (const [name, value] of Object.entries(values)) {
        if (name in target && typeof value === "number") target[name] = value;
      }
    }
  }
  return merged as unknown as Thresholds;
}

export interface Limit {
  /** "overdueCommitments.count": the rule, then the setting. */
  path: string;
  read: (t: Thresholds) => number;
  min: number;
  max: number;
  whole: boolean;
}

const whole = (path: string, read: Limit["read"], min: number, max: number): Limit => ({
  path,
  read,
  min,
  max,
  whole: true,
});

/** Every setting with its bounds, in the order the rules are listed. */
export const THRESHOLD_LIMITS: Limit[] = [
  whole("overdueCommitments.count", (t) => t.overdueCommitments.count, 1, 50),
  whole("overdueCommitments.days", (t) => t.overdueCommitments.days, 1, 90),
  whole("missedCheckIns.days", (t) => t.missedCheckIns.days, 7, 90),
  whole("missedCheckIns.graceDays", (t) => t.missedCheckIns.graceDays, 0, 60),
  whole("fallingConfidence.checkIns", (t) => t.fallingConfidence.checkIns, 2, 10),
  whole("fallingConfidence.drop", (t) => t.fallingConfidence.drop, 1, 9),
  whole("recurringObstacle.reports", (t) => t.recurringObstacle.reports, 2, 10),
  whole("recurringObstacle.withinDays", (t) => t.recurringObstacle.withinDays, 7, 365),
  whole("noSessionBooked.days", (t) => t.noSessionBooked.days, 7, 365),
  whole("lowEnergy.atMost", (t) => t.lowEnergy.atMost, 1, 4),
  whole("lowEnergy.weeks", (t) => t.lowEnergy.weeks, 2, 12),
  {
    path: "goalOffTrack.shortfallShare",
    read: (t) => t.goalOffTrack.shortfallShare,
    min: 0.05,
    max: 1,
    whole: false,
  },
];

/** What is wrong with a coach's thresholds, one problem per field; none when all is well. */
export function thresholdProblems(thresholds: Thresholds): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const limit of THRESHOLD_LIMITS) {
    const value = limit.read(thresholds);
    const inRange = Number.isFinite(value) && value >= limit.min && value <= limit.max;
    if (inRange && (!limit.whole || Number.isInteger(value))) continue;
    const kind = limit.whole ? "a whole number" : "a number";
    problems.push({
      path: limit.path,
      message: `Choose ${kind} from ${limit.min} to ${limit.max}`,
    });
  }
  return problems;
}

/** The layers a setting can come from, the later overriding the earlier. */
export const THRESHOLD_LAYERS = ["default", "practice", "engagement"] as const;
export type ThresholdLayer = (typeof THRESHOLD_LAYERS)[number];

export type ThresholdSources = {
  [Rule in keyof Thresholds]: { [Name in keyof Thresholds[Rule]]: ThresholdLayer };
};

/** Which layer each effective setting comes from: the last of them that sets it. */
export function thresholdSources(
  practice: ThresholdSettings | null | undefined,
  engagement?: ThresholdSettings | null,
): ThresholdSources {
  const sources: Record<string, Record<string, ThresholdLayer>> = {};
  for (const [rule, values] of Object.entries(DEFAULT_THRESHOLDS)) {
    sources[rule] = {};
    for (const name of Object.keys(values)) {
      const layer: ThresholdLayer = setIn(engagement, rule, name)
        ? "engagement"
        : setIn(practice, rule, name)
          ? "practice"
          : "default";
      sources[rule][name] = layer;
    }
  }
  return sources as unknown as ThresholdSources;
}

function setIn(layer: ThresholdSettings | null | undefined, rule: string, name: string): boolean {
  const values = (layer as Record<string, Record<string, unknown> | undefined> | null)?.[rule];
  return typeof values?.[name] === "number";
}
