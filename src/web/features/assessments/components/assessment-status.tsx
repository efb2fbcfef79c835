import { Badge, type BadgeTone } from "../../../components/ui/badge";
import type { AssessmentStatus, AssessmentSummary } from "../../../lib/api-types";
import { cn } from "../../../lib/cn";

const STATUS: Record<AssessmentStatus, { label: string; tone: BadgeTone }> = {
  assigned: { label: "Not started", tone: "info" },
  in_progress: { label: "In progress", tone: "brand" },
  submitted: { label: "Submitted", tone: "success" },
  withdrawn: { label: "Withdrawn", tone: "neutral" },
};

export function AssessmentStatusBadge({ status }: { status: AssessmentStatus }) {
  return <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>;
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

/** A thin bar of answered statements; decoration beside words that say the same. */
export function AnsweredBar({
  answered,
  itemCount,
  className,
}: Pick<AssessmentSummary, "answered" | "itemCount"> & { className?: string }) {
  const percent = itemCount > 0 ? Math.min(100, Math.round((answered / itemCount) * 100)) : 0;
  return (
    <div
      aria-hidden="true"
      className={cn("h-1.5 w-full overflow-hidden rounded-full bg-slate-200", className)}
    >
      <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
    </div>
  );
}
