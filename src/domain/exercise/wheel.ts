import type { ExerciseAnswers, QuestionSet } from "./answers";
import type { QuestionGroup, RatingQuestion } from "./template";

export interface WheelSpoke {
  questionId: string;
  area: string;
  /** The client's rating, or null while unanswered. */
  score: number | null;
}

export interface Wheel {
  group: QuestionGroup;
  min: number;
  max: number;
  spokes: WheelSpoke[];
}

/** Each wheel of an exercise with the client's ratings, spokes in question order. */
export function wheelsOf(content: QuestionSet, answers: ExerciseAnswers): Wheel[] {
  const byId = new Map(content.questions.map((question) => [question.id, question]));
  return content.groups
    .filter((group) => group.display === "wheel")
    .flatMap((group) => {
      const questions = group.questionIds
        .map((id) => byId.get(id))
        .filter((q): q is RatingQuestion => q?.type === "rating");
      const first = questions[0];
      if (!first) return [];
      return [
        {
          group,
          min: first.min,
          max: first.max,
          spokes: questions.map((question) => {
            const value = answers[question.id];
            return {
              questionId: question.id,
              area: question.prompt,
              score: typeof value === "number" ? value : null,
            };
          }),
        },
      ];
    });
}

/** One rated area of a submitted wheel, as evidence for the development profile. */
export interface WheelRating {
  exerciseId: string;
  exercise: string;
  questionId: string;
  area: string;
  score: number;
  min: number;
  max: number;
}

/** Every rated spoke of every wheel of one exercise. */
export function wheelRatings(
  exercise: { id: string; title: string },
  content: QuestionSet,
  answers: ExerciseAnswers,
): WheelRating[] {
  return wheelsOf(content, answers).flatMap((wheel) =>
    wheel.spokes.flatMap((spoke) =>
      spoke.score === null
        ? []
        : [
            {
              exerciseId: exercise.id,
              exercise: exercise.title,
              questionId: spoke.questionId,
              area: spoke.area,
              score: spoke.score,
              min: wheel.min,
              max: wheel.max,
            },
          ],
    ),
  );
}
