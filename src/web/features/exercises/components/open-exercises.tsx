import { NotebookPen } from "lucide-react";
import type { EngagementSummary } from "../../../../contract/engagements";
import type { ExerciseSummary } from "../../../../contract/exercises";
import {
  activeEngagements,
  OpenWorkCard,
  OpenWorkItem,
  openWorkOf,
} from "../../../components/open-work";
import { useExercisesOfEngagements } from "../api/list-engagement-exercises";
import { answeredText, isOpen } from "./exercise-status";

/**
 * Beside the open questionnaires on a client's home: each exercise still open in their
 * engagements, with a button to start or continue it. It is "Your next step" when it comes
 * `first` (no questionnaire is waiting); otherwise it follows that card. Shows nothing when there
 * is none, and nothing while `first` is not known yet (null), so the cards don't swap places as
 * they load.
 */
export function OpenExercises({
  engagements,
  first,
}: {
  engagements: EngagementSummary[];
  first: boolean | null;
}) {
  const active = activeEngagements(engagements);
  const lists = useExercisesOfEngagements(active.map((engagement) => engagement.id));
  if (first === null) return null;
  const open = openWorkOf(active, lists, isOpen);
  if (open.length === 0) return null;

  return (
    <OpenWorkCard
      id="next-exercises"
      title={first ? "Your next step" : "Reflection exercises"}
      description={`${
        open.length === 1
          ? "Your coach has asked you to work through a reflection exercise."
          : `Your coach has asked you to work through ${open.length} reflection exercises.`
      } Save a draft whenever you like and come back to it; your coach reads your answers once you submit.`}
    >
      {open.map(({ item: exercise, engagementTitle }) => (
        <OpenWorkItem
          key={exercise.id}
          icon={NotebookPen}
          name={exercise.template.title}
          facts={[exercise.answered > 0 ? answeredText(exercise) : lengthText(exercise)]}
          dueDate={exercise.dueDate}
          engagementTitle={engagementTitle}
          progress={
            exercise.answered > 0
              ? { done: exercise.answered, total: exercise.questionCount }
              : null
          }
          to={`/exercises/${exercise.id}`}
          actionLabel={continueLabel(exercise)}
        />
      ))}
    </OpenWorkCard>
  );
}

/** "5 questions, about 20 minutes", or "5 questions" when the exercise gives no time. */
function lengthText({ questionCount, template }: ExerciseSummary): string {
  const questions = `${questionCount} ${questionCount === 1 ? "question" : "questions"}`;
  return template.minutes ? `${questions}, about ${template.minutes} minutes` : questions;
}

/** "Start", or "Continue (4 of 12)" once a draft is saved. */
function continueLabel(exercise: ExerciseSummary): string {
  return exercise.status === "assigned" && exercise.answered === 0
    ? "Start"
    : `Continue (${exercise.answered} of ${exercise.questionCount})`;
}
