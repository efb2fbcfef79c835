import type { FieldProblem } from "../field-problem";

/**
 * - invalid: the goal cannot be saved like this (a 400 that says what to fix);
 * - advice: guidance the coach may set aside with a reason;
 * - question: a stretch to think about, never a verdict; also set aside with a reason.
 */
export type Severity = "invalid" | "advice" | "question";

/** What Keel says beside one field of a goal. */
export interface Guidance extends FieldProblem {
  /** Stable, so an override names what it sets aside. */
  code: string;
  severity: Severity;
}

export function guidance(
  severity: Severity,
  code: string,
  path: string,
  message: string,
): Guidance {
  return { severity, code, path, message };
}
