import type { FieldProblem } from "../field-problem";
import { isStorableText } from "../storable-text";
import type { PulseQuestion } from "./questions";

// A stakeholder's answer to one pulse: each behaviour rated 1 to 5 or not observed (null), and a
// short suggestion for the future, "feedforward", which may stay empty.

export type PulseRating = 1 | 2 | 3 | 4 | 5;
export const FEEDFORWARD_MAX_LENGTH = 500;

export interface PulseAnswers {
  ratings: Record<string, PulseRating | null>;
  feedforward: string;
}

export const NO_PULSE_ANSWERS: PulseAnswers = { ratings: {}, feedforward: "" };

/** Ratings of questions the pulse does not ask, or off the scale; feedforward too long. */
export function pulseAnswerProblems(
  questions: readonly PulseQuestion[],
  patch: { ratings?: Record<string, number | null>; feedforward?: string },
): FieldProblem[] {
  const ids = new Set(questions.map((q) => q.id));
  const problems: FieldProblem[] = [];
  for (const [id, rating] of Object.entries(patch.ratings ?? {})) {
    if (!ids.has(id))
      problems.push({ path: `ratings.${id}`, message: "Not a question of this pulse." });
    else if (rating !== null && !(Number.isInteger(rating) && rating >= 1 && rating <= 5))
      problems.push({
        path: `ratings.${id}`,
        message: "Rate from 1 to 5, or choose Not observed.",
      });
  }
  if ((patch.feedforward ?? "").length > FEEDFORWARD_MAX_LENGTH)
    problems.push({
      path: "feedforward",
      message: `Keep your suggestion under ${FEEDFORWARD_MAX_LENGTH} characters.`,
    });
  return problems;
}

export function mergePulseAnswers(
  answers: PulseAnswers,
  patch: { ratings?: Record<string, PulseRating | null>; feedforward?: string },
): PulseAnswers {
  return {
    ratings: { ...answers.ratings, ...patch.ratings },
    feedforward: patch.feedforward ?? answers.feedforward,
  };
}

/** Before sending, every behaviour needs a rating or "not observed". */
export function unansweredProblems(
  questions: readonly PulseQuestion[],
  answers: PulseAnswers,
): FieldProblem[] {
  return questions
    .filter((q) => answers.ratings[q.id] === undefined)
    .map((q) => ({
      path: `ratings.${q.id}`,
      message: "Rate this behaviour or choose Not observed.",
    }));
}

/**
 * Sent answers as closing stores them: ratings of the round's questions only, the feedforward
 * trimmed; null when they are not answers to this round (they are left out and counted).
 */
export function usablePulseAnswers(
  questions: readonly PulseQuestion[],
  value: unknown,
): PulseAnswers | null {
  if (typeof value !== "object" || value === null) return null;
  const { ratings, feedforward } = value as Partial<PulseAnswers>;
  if (typeof ratings !== "object" || ratings === null || typeof feedforward !== "string")
    return null;
  if (pulseAnswerProblems(questions, { ratings, feedforward }).length > 0) return null;
  if (unansweredProblems(questions, { ratings, feedforward }).length > 0) return null;
  if (!isStorableText(feedforward)) return null;
  const kept = Object.fromEntries(questions.map((q) => [q.id, ratings[q.id] ?? null]));
  return { ratings: kept, feedforward: feedforward.trim() };
}
