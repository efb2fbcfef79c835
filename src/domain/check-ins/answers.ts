import type { FieldProblem } from "../field-problem";
import { formatNumber } from "../goals/numbers";

/** A goal's measure as the check-in asks for it: enough to say which values make sense. */
export interface MeasureBounds {
  baseline: number | null;
  target: number | null;
}

export interface SensibleRange {
  min: number;
  max: number;
}

/** How many gaps between baseline and target a value may lie beyond them: a guard against slips. */
const GAPS_BEYOND = 5;

/**
 * The values a check-in accepts for a measure: a typing slip (400 for 4.0, a minus sign on a
 * count) is refused, real progress never. Not below zero when baseline and target are both zero
 * or more; otherwise no further beyond either end than five times the gap between them (or the
 * farther end's own size, when that is larger: 30 to 20 meetings still allows 0 to 180).
 */
export function sensibleRange({ baseline, target }: MeasureBounds): SensibleRange | null {
  const known = [baseline, target].filter((n): n is number => n !== null);
  if (known.length === 0) return null;
  const low = Math.min(...known);
  const high = Math.max(...known);
  const gap = Math.max(high - low, Math.abs(high), 1);
  return {
    min: low >= 0 ? 0 : low - GAPS_BEYOND * gap,
    max: high + GAPS_BEYOND * gap,
  };
}

export interface GoalAnswer {
  goalId: string;
  confidence: number;
  value: number | null;
}

export interface AskedGoal extends MeasureBounds {
  id: string;
  hasMeasure: boolean;
}

/** Each field to fix in a check-in's goal answers, at its place in the request. */
export function goalAnswerProblems(asked: AskedGoal[], answers: GoalAnswer[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  answers.forEach((answer, index) => {
    const at = `goals.${index}`;
    const goal = asked.find((g) => g.id === answer.goalId);
    if (!goal) {
      problems.push({ path: `${at}.goalId`, message: "This goal is not part of this check-in." });
      return;
    }
    if (seen.has(answer.goalId)) {
      problems.push({ path: `${at}.goalId`, message: "Answer each goal once." });
      return;
    }
    seen.add(answer.goalId);
    if (answer.value === null) return;
    if (!goal.hasMeasure) {
      problems.push({ path: `${at}.value`, message: "This goal has no measure yet." });
      return;
    }
    const range = sensibleRange(goal);
    if (range && (answer.value < range.min || answer.value > range.max))
      problems.push({
        path: `${at}.value`,
        message: `Give a value from ${formatNumber(range.min)} to ${formatNumber(range.max)}: check for a typing slip.`,
      });
  });
  asked.forEach((goal) => {
    if (!seen.has(goal.id))
      problems.push({ path: "goals", message: "Give a confidence for every goal." });
  });
  return problems.filter(
    (p, i, all) => all.findIndex((q) => q.path === p.path && q.message === p.message) === i,
  );
}
