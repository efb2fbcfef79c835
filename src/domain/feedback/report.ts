import type { FeedbackReport, ReportInput } from "./report-types";

/** Being written: the report of a campaign, built from the answers of shown units only. */
export function buildReport(_input: ReportInput): FeedbackReport {
  throw new Error("buildReport is being written");
}
