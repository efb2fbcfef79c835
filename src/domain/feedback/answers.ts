import type { FieldProblem } from "../field-problem";
import type { CompetencyModel, FeedbackAnswers, Rating } from "./competency-model";
import { SCALE_MAX, SCALE_MIN } from "./competency-model";
import { itemIds } from "./model-rules";

type Ratings = Readonly<Record<string, Rating>>;
type Comments = Readonly<Record<string, string>>;

/** Ratings of behaviours the model does not ask about, or off the scale: a 400 names each. */
export function ratingProblems(
  model: Pick<CompetencyModel, "competencies">,
  ratings: Ratings,
): FieldProblem[] {
  const known = new Set(itemIds(model));
  return Object.entries(ratings).flatMap(([id, rating]): FieldProblem[] => {
    if (!known.has(id))
      return [{ path: `ratings.${id}`, message: "This survey has no such behaviour" }];
    if (rating !== null && !onScale(rating))
      return [
        {
          path: `ratings.${id}`,
          message: `Rate from ${SCALE_MIN} to ${SCALE_MAX}, or choose "Not observed"`,
        },
      ];
    return [];
  });
}

export function commentProblems(
  model: Pick<CompetencyModel, "openQuestions">,
  comments: Comments,
): FieldProblem[] {
  const known = new Set(model.openQuestions.map((question) => question.id));
  return Object.keys(comments)
    .filter((id) => !known.has(id))
    .map((id) => ({ path: `comments.${id}`, message: "This survey has no such question" }));
}

/** A draft save: ratings set (null is "not observed"), comments set, a blank comment removed. */
export function mergeFeedbackAnswers(
  current: FeedbackAnswers | null,
  patch: { ratings: Ratings; comments: Comments },
): FeedbackAnswers {
  const comments = { ...current?.comments, ...patch.comments };
  return {
    ratings: { ...current?.ratings, ...patch.ratings },
    comments: Object.fromEntries(Object.entries(comments).filter(([, text]) => text.trim() !== "")),
  };
}

/** How far a survey is: every behaviour rated or marked "not observed" counts as answered. */
export function answeredCount(
  model: Pick<CompetencyModel, "competencies">,
  answers: Pick<FeedbackAnswers, "ratings"> | null,
): { answered: number; total: number } {
  const ids = itemIds(model);
  return { answered: ids.filter((id) => isAnswered(answers, id)).length, total: ids.length };
}

/** What stops a submission: each behaviour neither rated nor marked "not observed". */
export function submissionProblems(
  model: Pick<CompetencyModel, "competencies">,
  answers: Pick<FeedbackAnswers, "ratings"> | null,
): FieldProblem[] {
  return itemIds(model)
    .filter((id) => !isAnswered(answers, id))
    .map((id) => ({
      path: `ratings.${id}`,
      message: 'Rate this behaviour or choose "Not observed"',
    }));
}

function isAnswered(answers: Pick<FeedbackAnswers, "ratings"> | null, itemId: string): boolean {
  if (!answers || !Object.hasOwn(answers.ratings, itemId)) return false;
  const rating = answers.ratings[itemId];
  return rating === null || onScale(rating);
}

function onScale(rating: unknown): boolean {
  return (
    Number.isInteger(rating) && (rating as number) >= SCALE_MIN && (rating as number) <= SCALE_MAX
  );
}
