import { fallingConfidence } from "./rules/falling-confidence";
import { goalOffTrack } from "./rules/goal-off-track";
import { lowEnergy } from "./rules/low-energy";
import { missedCheckIns } from "./rules/missed-check-ins";
import { noSessionBooked } from "./rules/no-session-booked";
import { overdueCommitments } from "./rules/overdue-commitments";
import { recurringObstacle } from "./rules/recurring-obstacle";
import type { Rule } from "./rules/rule";
import type { EngagementSnapshot } from "./snapshot";
import { DEFAULT_THRESHOLDS, type Thresholds } from "./thresholds";
import { RULE_IDS, type RuleId, type Warning } from "./warning";

export const RULES: Record<RuleId, Rule> = {
  overdue_commitments: overdueCommitments,
  missed_check_ins: missedCheckIns,
  goal_off_track: goalOffTrack,
  falling_confidence: fallingConfidence,
  recurring_obstacle: recurringObstacle,
  no_session_booked: noSessionBooked,
  low_energy: lowEnergy,
};

/**
 * Every rule's warning for an engagement, most pressing first (see `byUrgency`). A closed
 * engagement has none: there is nothing left to prevent.
 */
export function evaluate(
  snapshot: EngagementSnapshot,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Warning[] {
  if (snapshot.stage === "closed") return [];
  return RULE_IDS.map((id) => RULES[id](snapshot, thresholds))
    .filter((w): w is Warning => w !== null)
    .sort(byUrgency);
}

/** "act" before "watch", then the longest-standing, then in the order of RULE_IDS. */
export function byUrgency(a: Warning, b: Warning): number {
  return (
    severityRank(a) - severityRank(b) ||
    a.since.localeCompare(b.since) ||
    RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule)
  );
}

const severityRank = (w: Warning) => (w.severity === "act" ? 0 : 1);
