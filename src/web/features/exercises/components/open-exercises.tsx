import { ArrowRight, NotebookPen } from "lucide-react";
import { Link } from "react-router";
import { buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import type { EngagementSummary } from "../../../lib/api-types";
import { formatDate } from "../../../lib/format-date";
import { useAssessmentsOfEngagements } from "../../assessments/api/list-engagement-assessments";
import { isOpen as isOpenQuestionnaire } from "../../assessments/components/assessment-status";
import { useExercisesOfEngagements } from "../api/list-engagement-exercises";
import type { ExerciseSummary } from "../api/types";
import { AnsweredBar, answeredText, isOpen } from "./exercise-status";

/**
 * Beside the open questionnaires on a client's home: each exercise still open in their
 * engagements, with a button to start or continue it. It is "Your next step" when no
 * questionnaire is waiting; otherwise it follows that card. Shows nothing when there is none, and
 * waits for the questionnaires, so the two cards don't swap places as they load.
 */
export function OpenExercises({ engagements }: { engagements: EngagementSummary[] }) {
  const active = engagements.filter((engagement) => engagement.stage !== "closed");
  const ids = active.map((engagement) => engagement.id);
  const lists = useExercisesOfEngagements(ids);
  const questionnaires = useAssessmentsOfEngagements(ids);
  if (questionnaires.some((list) => list.isPending)) return null;
  const open = lists.flatMap((list, index) =>
    (list.data ?? []).filter(isOpen).map((exercise) => ({
      exercise,
      engagement: active[index] as EngagementSummary,
    })),
  );
  if (open.length === 0) return null;
  const first = !questionnaires.some((list) => (list.data ?? []).some(isOpenQuestionnaire));
  const several = active.length > 1;

  return (
    <Card className="border-brand-200">
      <section aria-labelledby="next-exercises-heading">
        <CardHeader>
          <div>
            <CardTitle id="next-exercises-heading" className="text-lg">
              {first ? "Your next step" : "Reflection exercises"}
            </CardTitle>
            <CardDescription>
              {open.length === 1
                ? "Your coach has asked you to work through a reflection exercise."
                : `Your coach has asked you to work through ${open.length} reflection exercises.`}{" "}
              Save a draft whenever you like and come back to it; your coach reads your answers once
              you submit.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          <ul aria-labelledby="next-exercises-heading" className="space-y-3">
            {open.map(({ exercise, engagement }) => (
              <OpenExercise
                key={exercise.id}
                exercise={exercise}
                engagementTitle={several ? engagement.title : null}
              />
            ))}
          </ul>
        </CardContent>
      </section>
    </Card>
  );
}

/** "Start", or "Continue (4 of 12)" once a draft is saved. */
function continueLabel(exercise: ExerciseSummary): string {
  return exercise.status === "assigned" && exercise.answered === 0
    ? "Start"
    : `Continue (${exercise.answered} of ${exercise.questionCount})`;
}

function OpenExercise({
  exercise,
  engagementTitle,
}: {
  exercise: ExerciseSummary;
  engagementTitle: string | null;
}) {
  const name = exercise.template.title;
  const { questionCount, template } = exercise;
  const questions = `${questionCount} ${questionCount === 1 ? "question" : "questions"}`;
  const facts = [
    exercise.answered > 0
      ? answeredText(exercise)
      : template.minutes
        ? `${questions}, about ${template.minutes} minutes`
        : questions,
    exercise.dueDate ? `due ${formatDate(exercise.dueDate)}` : null,
    engagementTitle ? `for ${engagementTitle}` : null,
  ].filter(Boolean);
  return (
    <li className="flex flex-col gap-4 rounded-lg border border-brand-100 bg-brand-50 p-4 sm:flex-row sm:items-center">
      <span className="hidden size-10 shrink-0 items-center justify-center rounded-lg bg-white text-brand-700 sm:flex">
        <NotebookPen className="size-5" aria-hidden="true" />
      </span>
      <div className="min-w-0 flex-1 space-y-1.5">
        <p className="font-semibold text-slate-900">{name}</p>
        <p className="text-sm text-slate-700">{facts.join(" · ")}</p>
        {exercise.answered > 0 ? (
          <AnsweredBar
            answered={exercise.answered}
            questionCount={questionCount}
            className="max-w-xs bg-white"
          />
        ) : null}
      </div>
      <Link
        to={`/exercises/${exercise.id}`}
        className={buttonClasses("primary", "md", "self-start sm:self-center")}
      >
        {continueLabel(exercise)}
        <span className="sr-only">: {name}</span>
        <ArrowRight aria-hidden="true" />
      </Link>
    </li>
  );
}
