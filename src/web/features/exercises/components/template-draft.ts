import type {
  ExerciseContent,
  Question,
  QuestionGroup,
  QuestionOption,
  QuestionType,
} from "../../../../domain/exercise/template";

/** Labels of the four question types, as the editor names them. */
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  text: "Written answer",
  rating: "Rating",
  ranking: "Ranking",
  choice: "Multiple choice",
};

/** An id not yet used among `taken`: prefix followed by the lowest free number from 1. */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

export function emptyTemplate(): ExerciseContent {
  return {
    title: "",
    purpose: "",
    instructions: "",
    questions: [newQuestion("text", [])],
    groups: [],
  };
}

/** A new question of a type, with sensible defaults and an id not used by `questions`. */
export function newQuestion(type: QuestionType, questions: Question[]): Question {
  const base = {
    id: nextId(
      "q",
      questions.map((q) => q.id),
    ),
    prompt: "",
    required: true,
  };
  switch (type) {
    case "text":
      return { ...base, type };
    case "rating":
      return { ...base, type, min: 1, max: 10 };
    case "ranking":
      return { ...base, type, options: twoOptions() };
    case "choice":
      return { ...base, type, multiple: false, options: twoOptions() };
  }
}

function twoOptions(): QuestionOption[] {
  return [
    { id: "o1", label: "" },
    { id: "o2", label: "" },
  ];
}

/**
 * The question as another type: the prompt, help and whether it is required stay, and so do the
 * options between a ranking and a multiple choice.
 */
export function changeType(question: Question, type: QuestionType): Question {
  if (question.type === type) return question;
  const base = {
    id: question.id,
    prompt: question.prompt,
    required: question.required,
    ...(question.help !== undefined ? { help: question.help } : {}),
  };
  const options =
    question.type === "ranking" || question.type === "choice" ? question.options : twoOptions();
  switch (type) {
    case "text":
      return { ...base, type };
    case "rating":
      return { ...base, type, min: 1, max: 10 };
    case "ranking":
      return { ...base, type, options };
    case "choice":
      return { ...base, type, multiple: false, options };
  }
}

/**
 * Keeps the wheel consistent with the questions after an edit: it loses questions that are gone
 * or no longer ratings, and follows the questions' order.
 */
export function reconcileGroups(questions: Question[], groups: QuestionGroup[]): QuestionGroup[] {
  const ratings = questions.filter((q) => q.type === "rating").map((q) => q.id);
  return groups.map((group) => ({
    ...group,
    questionIds: ratings.filter((id) => group.questionIds.includes(id)),
  }));
}
