import {
  type ChoiceQuestion,
  DEFAULT_TEXT_LIMIT,
  type ExerciseContent,
  type Question,
  type RankingQuestion,
} from "./template";

/**
 * An answer, by question type: text a string; rating a whole number; ranking the option ids in
 * the client's order, first is most important; choice the option ids picked.
 */
export type AnswerValue = string | number | string[];

/** The client's answers, keyed by question id. */
export type ExerciseAnswers = Record<string, AnswerValue>;

/** A draft save: the answers to set, and null for the ones the client cleared. */
export type AnswerPatch = Record<string, AnswerValue | null>;

/** What answers are checked against: the questions (and groups) of a template or assignment. */
export type QuestionSet = Pick<ExerciseContent, "questions" | "groups">;

export interface AnswerProblem {
  questionId: string;
  message: string;
}

/**
 * Checks each answer of a draft save against its question: that the question exists, the type,
 * the range, the options, a ranking without repeats. A partial ranking is fine in a draft; it must
 * be complete to submit (see `submissionProblems`). Null, blank text and an empty list clear an
 * answer.
 */
export function answerProblems(content: QuestionSet, patch: AnswerPatch): AnswerProblem[] {
  const byId = new Map(content.questions.map((question) => [question.id, question]));
  return Object.entries(patch).flatMap(([questionId, value]) => {
    const question = byId.get(questionId);
    if (!question) return [{ questionId, message: "This exercise has no such question" }];
    if (value === null) return [];
    const message = valueProblem(question, value);
    return message ? [{ questionId, message }] : [];
  });
}

function valueProblem(question: Question, value: AnswerValue): string | null {
  switch (question.type) {
    case "text": {
      if (typeof value !== "string") return "Answer in words";
      const limit = question.maxLength ?? DEFAULT_TEXT_LIMIT;
      return value.length > limit
        ? `Keep this to ${limit} characters or fewer (it has ${value.length})`
        : null;
    }
    case "rating":
      return Number.isInteger(value) &&
        (value as number) >= question.min &&
        (value as number) <= question.max
        ? null
        : `Answer with a whole number from ${question.min} to ${question.max}`;
    case "ranking":
      return rankingProblem(question, value);
    case "choice":
      return choiceProblem(question, value);
  }
}

function optionIdsProblem(
  question: RankingQuestion | ChoiceQuestion,
  value: AnswerValue,
): string | null {
  if (!Array.isArray(value) || value.some((id) => typeof id !== "string"))
    return "Answer with a list of the question's options";
  const labels = new Map(question.options.map((option) => [option.id, option.label]));
  const unknown = value.find((id) => !labels.has(id));
  if (unknown !== undefined) return `"${unknown}" is not one of the options`;
  const repeated = value.find((id, index) => value.indexOf(id) !== index);
  if (repeated !== undefined) return `"${labels.get(repeated)}" is given more than once`;
  return null;
}

function rankingProblem(question: RankingQuestion, value: AnswerValue): string | null {
  const problem = optionIdsProblem(question, value);
  if (problem) return problem;
  const wanted = rankingLength(question);
  return (value as string[]).length > wanted ? `Rank at most ${wanted} options` : null;
}

function choiceProblem(question: ChoiceQuestion, value: AnswerValue): string | null {
  const problem = optionIdsProblem(question, value);
  if (problem) return problem;
  const picked = (value as string[]).length;
  if (!question.multiple && picked > 1) return "Choose one option";
  if (question.multiple && question.maxChoices !== undefined && picked > question.maxChoices)
    return `Choose at most ${question.maxChoices} options`;
  return null;
}

/** How many options a complete ranking has: the top N asked for, or all of them. */
export function rankingLength(question: RankingQuestion): number {
  return Math.min(question.top ?? question.options.length, question.options.length);
}

/** A checked patch with every "no answer" (blank text, an empty list) made null. */
export function normalizePatch(patch: AnswerPatch): AnswerPatch {
  return Object.fromEntries(
    Object.entries(patch).map(([questionId, value]) => [questionId, isEmpty(value) ? null : value]),
  );
}

function isEmpty(value: AnswerValue | null | undefined): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === "string" && value.trim() === "") ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** The saved answers with a patch applied: set what it sets, remove what it clears. */
export function applyPatch(answers: ExerciseAnswers, patch: AnswerPatch): ExerciseAnswers {
  const next: ExerciseAnswers = { ...answers };
  for (const [questionId, value] of Object.entries(normalizePatch(patch))) {
    if (value === null) delete next[questionId];
    else next[questionId] = value;
  }
  return next;
}

/** Whether a question has an answer at all (a partial ranking counts as begun, not complete). */
export function isAnswered(answers: ExerciseAnswers, questionId: string): boolean {
  return !isEmpty(answers[questionId]);
}

export function answeredCount(content: QuestionSet, answers: ExerciseAnswers): number {
  return content.questions.filter((question) => isAnswered(answers, question.id)).length;
}

export interface SubmissionProblem {
  questionId: string;
  code: "required" | "incomplete";
  message: string;
}

/**
 * What stops a submission: each required question left unanswered, and each ranking begun but not
 * finished (a top 5 with 3 placed), in the order of the questions.
 */
export function submissionProblems(
  content: QuestionSet,
  answers: ExerciseAnswers,
): SubmissionProblem[] {
  return content.questions.flatMap((question): SubmissionProblem[] => {
    if (!isAnswered(answers, question.id))
      return question.required
        ? [{ questionId: question.id, code: "required", message: "Answer this question" }]
        : [];
    if (question.type !== "ranking") return [];
    const wanted = rankingLength(question);
    const placed = (answers[question.id] as string[]).length;
    return placed < wanted
      ? [
          {
            questionId: question.id,
            code: "incomplete",
            message:
              question.top === undefined
                ? `Rank all ${wanted} options (${placed} ranked so far)`
                : `Pick and rank ${wanted} options (${placed} so far)`,
          },
        ]
      : [];
  });
}
