import type { FieldProblem } from "../field-problem";

// A pulse asks about the client's goal behaviours: three to five short statements, each rated
// by the stakeholders from 1 to 5 (or "not observed"). The coach and the client may word them
// until the first round goes out; after that every round asks the same, so a trend compares
// like with like.

export const QUESTIONS = { min: 3, max: 5 } as const;
export const QUESTION_MAX_LENGTH = 200;
export const QUESTION_ID_MAX_LENGTH = 40;

export interface PulseQuestion {
  id: string;
  text: string;
}

/** The goals' statements as the first wording, one question per open goal (at most five). */
export function questionsFromGoals(goals: readonly { statement: string }[]): PulseQuestion[] {
  return goals.slice(0, QUESTIONS.max).map((goal, index) => ({
    id: `b${index + 1}`,
    text: goal.statement.trim().slice(0, QUESTION_MAX_LENGTH),
  }));
}

export function questionProblems(questions: readonly PulseQuestion[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (questions.length < QUESTIONS.min || questions.length > QUESTIONS.max)
    problems.push({
      path: "questions",
      message: `Ask about ${QUESTIONS.min} to ${QUESTIONS.max} behaviours.`,
    });
  const seen = new Set<string>();
  questions.forEach((question, index) => {
    if (seen.has(question.id))
      problems.push({ path: `questions.${index}.id`, message: "Each question needs its own id." });
    seen.add(question.id);
    const text = question.text.trim();
    if (text === "")
      problems.push({ path: `questions.${index}.text`, message: "Write the behaviour." });
    if (text.length > QUESTION_MAX_LENGTH)
      problems.push({
        path: `questions.${index}.text`,
        message: `Keep it under ${QUESTION_MAX_LENGTH} characters.`,
      });
  });
  return problems;
}
