import type { ThresholdValues } from "../../../../contract/accountability";

// Each early-warning rule in plain words, with the settings it reads: the form explains each
// with the values it would use.

type RuleName = keyof ThresholdValues;

export interface SettingText {
  /** "overdueCommitments.count" */
  path: string;
  label: string;
  read: (t: ThresholdValues) => number;
}

export interface RuleText {
  rule: RuleName;
  title: string;
  explain: (t: ThresholdValues) => string;
  settings: SettingText[];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export const RULE_TEXTS: RuleText[] = [
  {
    rule: "overdueCommitments",
    title: "Overdue commitments",
    explain: (t) =>
      `Fires when ${t.overdueCommitments.count} or more of the client's commitments are each ${t.overdueCommitments.days} or more days past their due date.`,
    settings: [
      {
        path: "overdueCommitments.count",
        label: "Commitments overdue",
        read: (t) => t.overdueCommitments.count,
      },
      {
        path: "overdueCommitments.days",
        label: "Days past due",
        read: (t) => t.overdueCommitments.days,
      },
    ],
  },
  {
    rule: "missedCheckIns",
    title: "No check-in",
    explain: (t) =>
      `Fires when the client has not checked in for ${t.missedCheckIns.days} days. It stays quiet for the first ${t.missedCheckIns.graceDays} days after the first check-in was due.`,
    settings: [
      {
        path: "missedCheckIns.days",
        label: "Days without one",
        read: (t) => t.missedCheckIns.days,
      },
      {
        path: "missedCheckIns.graceDays",
        label: "Grace days at the start",
        read: (t) => t.missedCheckIns.graceDays,
      },
    ],
  },
  {
    rule: "goalOffTrack",
    title: "A goal off track",
    explain: (t) =>
      `Fires when the trend of a goal's latest measurements, carried to its due date, ends short of the target by more than ${percent(t.goalOffTrack.shortfallShare)} of the whole change.`,
    settings: [
      {
        path: "goalOffTrack.shortfallShare",
        label: "Shortfall (0.05 to 1 of the change)",
        read: (t) => t.goalOffTrack.shortfallShare,
      },
    ],
  },
  {
    rule: "fallingConfidence",
    title: "Falling confidence",
    explain: (t) =>
      `Fires when a goal's confidence over the last ${t.fallingConfidence.checkIns} check-ins never rises and ends ${t.fallingConfidence.drop} or more points lower.`,
    settings: [
      {
        path: "fallingConfidence.checkIns",
        label: "Check-ins",
        read: (t) => t.fallingConfidence.checkIns,
      },
      {
        path: "fallingConfidence.drop",
        label: "Points lower",
        read: (t) => t.fallingConfidence.drop,
      },
    ],
  },
  {
    rule: "recurringObstacle",
    title: "The same obstacle again",
    explain: (t) =>
      `Fires when the latest challenge was named in ${t.recurringObstacle.reports} or more check-ins within ${t.recurringObstacle.withinDays} days.`,
    settings: [
      {
        path: "recurringObstacle.reports",
        label: "Check-ins naming it",
        read: (t) => t.recurringObstacle.reports,
      },
      {
        path: "recurringObstacle.withinDays",
        label: "Within days",
        read: (t) => t.recurringObstacle.withinDays,
      },
    ],
  },
  {
    rule: "noSessionBooked",
    title: "No session booked",
    explain: (t) =>
      `Fires when no session is booked ahead and none was held in the last ${t.noSessionBooked.days} days.`,
    settings: [
      {
        path: "noSessionBooked.days",
        label: "Days without a session",
        read: (t) => t.noSessionBooked.days,
      },
    ],
  },
  {
    rule: "lowEnergy",
    title: "Low energy",
    explain: (t) =>
      `Fires when the client's energy is ${t.lowEnergy.atMost} of 5 or lower in each of the last ${t.lowEnergy.weeks} weeks.`,
    settings: [
      { path: "lowEnergy.atMost", label: "Energy at most (of 5)", read: (t) => t.lowEnergy.atMost },
      { path: "lowEnergy.weeks", label: "Weeks in a row", read: (t) => t.lowEnergy.weeks },
    ],
  },
];
