// The short review of progress each side answers at a reflection point; the final review adds
// an outcome for each goal (docs/decisions/022).

export const REFLECTION_ANSWER_MAX_LENGTH = 4000;

export const REFLECTION_QUESTIONS = [
  { id: "progress", text: "How is each goal going, in your own words?" },
  { id: "changed", text: "What has changed?" },
  { id: "helped", text: "What helped?" },
  { id: "left", text: "What is left, and what next?" },
] as const;
export type ReflectionQuestionId = (typeof REFLECTION_QUESTIONS)[number]["id"];

export const GOAL_OUTCOMES = ["achieved", "partly", "not-achieved"] as const;
export type GoalOutcome = (typeof GOAL_OUTCOMES)[number];

export const GOAL_OUTCOME_LABELS: Record<GoalOutcome, string> = {
  achieved: "Achieved",
  partly: "Partly achieved",
  "not-achieved": "Not achieved",
};

export interface GoalOutcomeAnswer {
  goalId: string;
  outcome: GoalOutcome | null;
  words: string;
}

export interface ReflectionAnswers {
  answers: Partial<Record<ReflectionQuestionId, string>>;
  /** The final review's outcome per goal; empty at a quarter's reflection. */
  outcomes: GoalOutcomeAnswer[];
}

/**
 * What is missing before a side may share: at least one question answered, and at the final
 * review an outcome for every goal.
 */
export function sharingProblem(
  answers: ReflectionAnswers,
  final: boolean,
  goalIds: string[],
): string | null {
  const written = Object.values(answers.answers).some((a) => (a ?? "").trim() !== "");
  if (!written) return "Answer at least one question before sharing.";
  if (final) {
    const given = new Set(answers.outcomes.filter((o) => o.outcome !== null).map((o) => o.goalId));
    if (goalIds.some((id) => !given.has(id)))
      return "Give an outcome for every goal before sharing.";
  }
  return null;
}
