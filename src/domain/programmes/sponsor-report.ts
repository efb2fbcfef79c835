import { daysBetween } from "../goals/dates";

// The sponsor's report by mail (issue 20): how often a programme sends it, and which report is
// due on a given local day. A report is named by its day, the 1st of a month (or of a quarter's
// first month); it leaves from 08:00 in the sponsor's own zone, and up to CATCH_UP_DAYS late.

export const SPONSOR_REPORT_FREQUENCIES = ["monthly", "quarterly", "off"] as const;
export type SponsorReportFrequency = (typeof SPONSOR_REPORT_FREQUENCIES)[number];

export const SPONSOR_REPORT_LABELS: Record<SponsorReportFrequency, string> = {
  monthly: "Monthly, on the 1st",
  quarterly: "Quarterly, on 1 January, April, July and October",
  off: "No report by mail",
};

/** A report whose day passed this many days ago or fewer is still sent; an older one is skipped. */
export const CATCH_UP_DAYS = 3;
export const REPORT_TIME = "08:00";

/** The day of the latest report on or before `today` (YYYY-MM-DD); null when reports are off. */
export function latestReportDay(frequency: SponsorReportFrequency, today: string): string | null {
  if (frequency === "off") return null;
  const [year, month] = today.split("-").map(Number) as [number, number];
  const first = frequency === "monthly" ? month : month - ((month - 1) % 3);
  return `${year}-${String(first).padStart(2, "0")}-01`;
}

export type ReportStep = { day: string; action: "send" | "skip" };

/**
 * What to do now about the latest report, given the sponsor's local day and time: send it (its
 * day has come and it is at most CATCH_UP_DAYS late), record it as skipped (later than that), or
 * nothing yet (null: before 08:00 on its day, or reports are off).
 */
export function reportStep(
  frequency: SponsorReportFrequency,
  local: { date: string; time: string },
): ReportStep | null {
  const day = latestReportDay(frequency, local.date);
  if (!day) return null;
  const late = daysBetween(day, local.date);
  if (late > CATCH_UP_DAYS) return { day, action: "skip" };
  if (late === 0 && local.time < REPORT_TIME) return null;
  return { day, action: "send" };
}
