/**
 * A self-reflection exercise as data: a title, why and how to do it, and its questions. Keel ships
 * some as files (content/exercises) and coaches write their own. When a coach assigns one, the
 * content is copied into the assignment, so a later edit of the template never changes what a
 * client was asked or answered.
 */
export interface ExerciseContent {
  title: string;
  /** Why the exercise is worth doing, in a sentence or two; shown where a coach picks one. */
  purpose: string;
  /** How to go about it; shown to the client above the questions. */
  instructions: string;
  /** Minutes most people need, if the author says. */
  minutes?: number | undefined;
  questions: Question[];
  /** Consecutive rating questions shown together, e.g. as a wheel. */
  groups: QuestionGroup[];
}

export const QUESTION_TYPES = ["text", "rating", "ranking", "choice"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export type Question = TextQuestion | RatingQuestion | RankingQuestion | ChoiceQuestion;

interface QuestionBase {
  /** Stable within the template; answers are keyed by it. */
  id: string;
  prompt: string;
  /** A hint shown under the prompt. */
  help?: string | undefined;
  /** A required question must be answered before the client can submit. */
  required: boolean;
}

/** A multi-line free-text answer. */
export interface TextQuestion extends QuestionBase {
  type: "text";
  maxLength?: number | undefined;
}

/** A whole number from min to max, e.g. 1 to 10, with optional words for the two ends. */
export interface RatingQuestion extends QuestionBase {
  type: "rating";
  min: number;
  max: number;
  lowLabel?: string | undefined;
  highLabel?: string | undefined;
}

/** The client puts options in order: all of them, or (with `top`) the N they pick. */
export interface RankingQuestion extends QuestionBase {
  type: "ranking";
  options: QuestionOption[];
  top?: number | undefined;
}

/** The client picks one option, or (with `multiple`) several, up to `maxChoices` if set. */
export interface ChoiceQuestion extends QuestionBase {
  type: "choice";
  options: QuestionOption[];
  multiple: boolean;
  maxChoices?: number | undefined;
}

export interface QuestionOption {
  id: string;
  label: string;
}

/**
 * Rating questions that belong together. "wheel" shows them as the spokes of a wheel (a radar
 * chart) once answered: the leadership self-rating wheel. They must be consecutive questions
 * with the same range.
 */
export interface QuestionGroup {
  id: string;
  title: string;
  display: "wheel";
  questionIds: string[];
}

/** Sizes a template must keep to, so every one fits the form and the page. */
export const TEMPLATE_LIMITS = {
  title: 120,
  purpose: 600,
  instructions: 4000,
  minutes: 240,
  questions: 60,
  prompt: 500,
  help: 1000,
  optionLabel: 200,
  options: 40,
  textMaxLength: 20_000,
  /** The widest rating: 0 to 10 has 11 points. */
  ratingSpan: 10,
  ratingLowest: -10,
  ratingHighest: 100,
  ratingLabel: 60,
  wheelSpokes: { min: 3, max: 12 },
  id: 40,
} as const;

/** What a client may write in a text answer when the question sets no lower limit. */
export const DEFAULT_TEXT_LIMIT = 10_000;

/** The group a question belongs to, if any. */
export function groupOf(content: ExerciseContent, questionId: string): QuestionGroup | undefined {
  return content.groups.find((group) => group.questionIds.includes(questionId));
}

/**
 * The template with its texts trimmed and blank optional texts dropped, as it is stored: a coach's
 * form sends "" for a hint left empty.
 */
export function tidyTemplate(content: ExerciseContent): ExerciseContent {
  const optional = (value: string | undefined) => {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
  };
  return {
    title: content.title.trim(),
    purpose: content.purpose.trim(),
    instructions: content.instructions.trim(),
    ...(content.minutes === undefined ? {} : { minutes: content.minutes }),
    questions: content.questions.map((question) => {
      const tidied: Question = { ...question, prompt: question.prompt.trim() };
      const help = optional(question.help);
      if (help) tidied.help = help;
      else delete tidied.help;
      if (tidied.type === "rating") {
        const low = optional(tidied.lowLabel);
        const high = optional(tidied.highLabel);
        if (low) tidied.lowLabel = low;
        else delete tidied.lowLabel;
        if (high) tidied.highLabel = high;
        else delete tidied.highLabel;
      }
      if (tidied.type === "ranking" || tidied.type === "choice")
        tidied.options = tidied.options.map((option) => ({
          ...option,
          label: option.label.trim(),
        }));
      return tidied;
    }),
    groups: content.groups.map((group) => ({ ...group, title: group.title.trim() })),
  };
}
