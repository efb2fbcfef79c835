import { daysBetween, formatDay } from "../../goals/dates";
import { checkInsOldestFirst } from "../snapshot";
import { severityAt } from "../warning";
import type { Rule } from "./rule";

/**
 * No check-in in the last `days` days. Nothing fires in the first `graceDays` after the first
 * check-in was due (the client is getting started); after that, a client who has never
 * checked in is flagged at once.
 */
export const missedCheckIns: Rule = (snapshot, thresholds) => {
  const { days, graceDays } = thresholds.missedCheckIns;
  const { firstCheckInDue: first, today } = snapshot;
  if (!first || daysBetween(first, today) < graceDays) return null;
  const latest = checkInsOldestFirst(snapshot)
    .filter((c) => daysBetween(c.submittedOn, today) >= 0)
    .at(-1);
  if (!latest) {
    const waited = daysBetween(first, today);
    return {
      rule: "missed_check_ins",
      severity: severityAt(waited, days),
      reason: `No check-in yet: the first was due on ${formatDay(first, today)}, ${waited} days ago`,
      action: "Ask what gets in the way of the weekly check-in",
      evidence: [],
      since: first,
    };
  }
  const silent = daysBetween(latest.submittedOn, today);
  if (silent < days) return null;
  return {
    rule: "missed_check_ins",
    severity: severityAt(silent, days),
    reason: `No check-in for ${silent} days, since ${formatDay(latest.submittedOn, today)}`,
    action: "Ask what gets in the way of the weekly check-in",
    evidence: [{ kind: "check_in", id: latest.id, on: latest.submittedOn }],
    since: latest.submittedOn,
  };
};
