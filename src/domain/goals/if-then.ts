import type { FieldProblem } from "../field-problem";
import type { IfThenPlan } from "./action-plan";

/** Each part names a situation or an act: two words at least, a sentence at most. */
export const MIN_PART_WORDS = 2;
export const MAX_PART_LENGTH = 200;

/**
 * "If my manager adds work on a Friday, then I will ask which task can wait." Lead words the
 * writer typed already ("if", "when", "then I will") and a closing full stop are not repeated.
 */
export function formatIfThen(plan: IfThenPlan): string {
  return `If ${situationPart(plan.situation)}, then I will ${actionPart(plan.action)}.`;
}

function situationPart(text: string): string {
  return trimEnd(text).replace(/^(if|when|whenever)\s+/i, "");
}

function actionPart(text: string): string {
  return trimEnd(text)
    .replace(/^(then\s+)?(i\s+will|i'll)(\s+|$)/i, "")
    .replace(/^then\s+/i, "");
}

function trimEnd(text: string): string {
  return text.trim().replace(/^[\s,]+|[\s.,;!]+$/g, "");
}

/** What an if-then plan lacks, at `path` ("obstacles.0.ifThen"). */
export function checkIfThen(plan: IfThenPlan, path: string): FieldProblem[] {
  return [
    ...partProblems(situationPart(plan.situation), `${path}.situation`, situationHints),
    ...partProblems(actionPart(plan.action), `${path}.action`, actionHints),
  ];
}

interface Hints {
  missing: string;
  short: string;
}

const situationHints: Hints = {
  missing: "Say when the obstacle shows up: the situation that starts the plan.",
  short: 'Describe the situation in a few words, for example "my manager adds work on a Friday".',
};

const actionHints: Hints = {
  missing: "Say what you will do when it happens.",
  short: 'Describe the action in a few words, for example "ask which task can wait".',
};

function partProblems(text: string, path: string, hints: Hints): FieldProblem[] {
  if (!text) return [{ path, message: hints.missing }];
  if (text.split(/\s+/).length < MIN_PART_WORDS) return [{ path, message: hints.short }];
  if (text.length > MAX_PART_LENGTH) {
    return [{ path, message: `Keep it to one sentence of at most ${MAX_PART_LENGTH} characters.` }];
  }
  return [];
}
