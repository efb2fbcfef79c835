import type { AssessmentStatus, AssessmentSummary } from "../../../../contract/assessments";
import { StatusBadge, type StatusStyles } from "../../../components/status-badge";

const STATUS: StatusStyles<AssessmentStatus> = {
  assigned: { label: "Not started", tone: "info" },
  in_progress: { label: "In progress", tone: "brand" },
  submitted: { label: "Submitted", tone: "success" },
  withdrawn: { label: "Withdrawn", tone: "neutral" },
};

export function AssessmentStatusBadge({ status }: { status: AssessmentStatus }) {
  return <StatusBadge status={status} styles={STATUS} />;
}

/** Whether the client can still answer it. */
export function isOpen(assessment: Pick<AssessmentSummary, "status">): boolean {
  return assessment.status === "assigned" || assessment.status === "in_progress";
}

/** "23 of 50 answered" */
export function answeredText({
  answered,
  itemCount,
}: Pick<AssessmentSummary, "answered" | "itemCount">) {
  return `${answered} of ${itemCount} answered`;
}

/** "Start", or "Continue (23 of 50)" once the client has answered something. */
export function takeLabel({
  answered,
  itemCount,
}: Pick<AssessmentSummary, "answered" | "itemCount">) {
  return answered === 0 ? "Start" : `Continue (${answered} of ${itemCount})`;
}
