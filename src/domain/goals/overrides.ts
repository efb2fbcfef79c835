import type { FieldProblem } from "../field-problem";
import type { Guidance } from "./guidance";

/** The coach sets one piece of guidance aside, and says why. */
export interface Override {
  code: string;
  reason: string;
}

/** A reason says something: a word or two at least. */
export const MIN_REASON_LENGTH = 3;

/** What must be fixed before the goal can be saved: the answer of a 400. */
export function inputErrors(guidance: Guidance[]): FieldProblem[] {
  return guidance
    .filter((g) => g.severity === "invalid")
    .map(({ path, message }) => ({ path, message }));
}

/** Guidance still shown beside the fields: advice and questions nobody has set aside. */
export function openGuidance(guidance: Guidance[], overrides: Override[]): Guidance[] {
  const setAside = new Set(overrides.map((o) => o.code));
  return guidance.filter((g) => g.severity !== "invalid" && !setAside.has(g.code));
}

/**
 * Overrides a save may carry: each with a reason, none setting aside what must be fixed. An
 * override of guidance that no longer applies is harmless and left alone.
 */
export function checkOverrides(overrides: Override[], guidance: Guidance[]): FieldProblem[] {
  const mustFix = new Set(guidance.filter((g) => g.severity === "invalid").map((g) => g.code));
  return overrides.flatMap((override, index): FieldProblem[] => {
    if (mustFix.has(override.code)) {
      return [{ path: `overrides.${index}.code`, message: "This must be fixed, not set aside." }];
    }
    if (override.reason.trim().length < MIN_REASON_LENGTH) {
      return [{ path: `overrides.${index}.reason`, message: "Say why this is set aside." }];
    }
    return [];
  });
}
