import { isStorableText } from "../storable-text";
import { commentProblems, ratingProblems, submissionProblems } from "./answers";
import type { CompetencyModel, FeedbackAnswers, Rating } from "./competency-model";

/** The longest comment a rater may write to one open question, in UTF-16 code units. */
export const COMMENT_MAX_LENGTH = 5000;

/**
 * A rater's sent answers as closing finds them, or null when they cannot be stored as they are:
 * not the shape of answers, a rating or comment the model does not have, a behaviour left
 * unanswered, a comment over the limit, or text PostgreSQL refuses (a NUL, a lone surrogate).
 * Closing leaves such answers out whole rather than fail for everyone, or keep part of them.
 */
export function usableSentAnswers(
  model: Pick<CompetencyModel, "competencies" | "openQuestions">,
  value: unknown,
): FeedbackAnswers | null {
  if (!isAnswersShape(value)) return null;
  const problems = [
    ...ratingProblems(model, value.ratings),
    ...commentProblems(model, value.comments),
    ...submissionProblems(model, value),
  ];
  if (problems.length > 0) return null;
  const comments = Object.values(value.comments);
  if (comments.some((text) => text.length > COMMENT_MAX_LENGTH || !isStorableText(text)))
    return null;
  return value;
}

function isAnswersShape(value: unknown): value is FeedbackAnswers {
  if (!isPlainRecord(value) || !isPlainRecord(value.ratings) || !isPlainRecord(value.comments))
    return false;
  return (
    Object.values(value.ratings).every(isRatingValue) &&
    Object.values(value.comments).every((text) => typeof text === "string")
  );
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isRatingValue(value: unknown): value is Rating {
  return value === null || typeof value === "number";
}
