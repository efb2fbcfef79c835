import { daysBetween } from "../../goals/dates";
import { plural, severityAt } from "../warning";
import type { Rule } from "./rule";

/** Open commitments `days` or more past their due date, at least `count` of them. */
export const overdueCommitments: Rule = (snapshot, thresholds) => {
  const { count, days } = thresholds.overdueCommitments;
  const overdue = snapshot.commitments
    .filter((c) => c.status === "open" && daysBetween(c.dueOn, snapshot.today) >= days)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
  const oldest = overdue[0];
  if (!oldest || overdue.length < count) return null;
  const late = plural(daysBetween(oldest.dueOn, snapshot.today), "day");
  const one = overdue.length === 1;
  return {
    rule: "overdue_commitments",
    severity: severityAt(overdue.length, count),
    reason: one
      ? `1 commitment overdue by ${late}`
      : `${overdue.length} commitments overdue, the oldest by ${late}`,
    action: `Ask about the overdue ${one ? "commitment" : "commitments"} in your next session`,
    evidence: overdue.map((c) => ({ kind: "commitment", id: c.id, on: c.dueOn })),
    since: oldest.dueOn,
  };
};
