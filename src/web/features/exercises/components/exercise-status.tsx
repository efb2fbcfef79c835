import { Badge, type BadgeTone } from "../../../components/ui/badge";
import { cn } from "../../../lib/cn";
import type { ExerciseStatus, ExerciseSummary } from "../api/types";

const STATUS: Record<ExerciseStatus, { label: string; tone: BadgeTone }> = {
  assigned: { label: "Not started", tone: "info" },
  draft: { label: "Draft saved", tone: "brand" },
  submitted: { label: "Submitted", tone: "success" },
  withdrawn: { label: "Withdrawn", tone: "neutral" },
};

export function ExerciseStatusBadge({ status }: { status: ExerciseStatus }) {
  return <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>;
}

/** Whether the client can still work on it. */
export function isOpen(exercise: Pick<ExerciseSummary, "status">): boolean {
  return exercise.status === "assigned" || exercise.status === "draft";
}

/** "3 of 8 answered" */
export function answeredText({
  answered,
  questionCount,
}: Pick<ExerciseSummary, "answered" | "questionCount">) {
  return `${answered} of ${questionCount} answered`;
}

/** "Start", or "Continue" once a draft is saved. */
export function workLabel(exercise: Pick<ExerciseSummary, "status">) {
  return exercise.status === "draft" ? "Continue" : "Start";
}

/** "About 20 minutes · 8 questions" */
export function sizeText({
  minutes,
  questionCount,
}: {
  minutes: number | null;
  questionCount: number;
}) {
  const questions = `${questionCount} ${questionCount === 1 ? "question" : "questions"}`;
  return minutes ? `About ${minutes} minutes · ${questions}` : questions;
}

/** A thin bar of answered questions; decoration beside words that say the same. */
export function AnsweredBar({
  answered,
  questionCount,
  className,
}: Pick<ExerciseSummary, "answered" | "questionCount"> & { className?: string }) {
  const percent =
    questionCount > 0 ? Math.min(100, Math.round((answered / questionCount) * 100)) : 0;
  return (
    <div
      aria-hidden="true"
      className={cn("h-1.5 w-full overflow-hidden rounded-full bg-slate-200", className)}
    >
      <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
    </div>
  );
}
