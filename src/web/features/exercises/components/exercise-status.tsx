import type { ExerciseSummary } from "../../../../contract/exercises";
import type { ExerciseStatus } from "../../../../domain/exercise/exercise-status";
import { StatusBadge, type StatusStyles } from "../../../components/status-badge";

const STATUS: StatusStyles<ExerciseStatus> = {
  assigned: { label: "Not started", tone: "info" },
  draft: { label: "Draft saved", tone: "brand" },
  submitted: { label: "Submitted", tone: "success" },
  withdrawn: { label: "Withdrawn", tone: "neutral" },
};

export function ExerciseStatusBadge({ status }: { status: ExerciseStatus }) {
  return <StatusBadge status={status} styles={STATUS} />;
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
