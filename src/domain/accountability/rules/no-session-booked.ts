import { daysBetween, formatDay } from "../../goals/dates";
import { severityAt } from "../warning";
import type { Rule } from "./rule";

/**
 * No scheduled session from today on, and the last one held (or, with none held, the start of
 * the engagement) `days` or more days ago. Cancelled sessions count for nothing.
 */
export const noSessionBooked: Rule = (snapshot, thresholds) => {
  const { days } = thresholds.noSessionBooked;
  const { today } = snapshot;
  const scheduled = snapshot.sessions.filter((s) => s.status === "scheduled");
  if (scheduled.some((s) => daysBetween(today, s.startsOn) >= 0)) return null;
  const last = scheduled.sort((a, b) => a.startsOn.localeCompare(b.startsOn)).at(-1);
  const since = last?.startsOn ?? snapshot.startedOn;
  const gap = daysBetween(since, today);
  if (gap < days) return null;
  return {
    rule: "no_session_booked",
    severity: severityAt(gap, days),
    reason: last
      ? `No session booked: the last was on ${formatDay(last.startsOn, today)}, ${gap} days ago`
      : `No session held or booked in the ${gap} days since the engagement started`,
    action: "Book the next session",
    evidence: last ? [{ kind: "session", id: last.id, on: last.startsOn }] : [],
    since,
  };
};
