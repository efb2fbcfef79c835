import type { FieldProblem } from "../../../../domain/field-problem";
import { questionDomId } from "../../../lib/anchors";

/** Why an answer can't be saved or submitted as it is, by question id. */
export type Problems = Record<string, string>;

/** A required question left without an answer (or with one that can't be submitted). */
export type MissingAnswer = { questionId: string; message: string };

/** "answers.q3" names question q3. */
export function questionOfPath(path: string): string {
  return path.replace(/^answers\./, "");
}

export function problemsOf(fields: FieldProblem[]): Problems {
  return Object.fromEntries(fields.map((f) => [questionOfPath(f.path), f.message]));
}

/** Scrolls to a question and focuses its first control (or the question itself). */
export function focusQuestion(questionId: string) {
  const frame = document.getElementById(questionDomId(questionId));
  if (!frame) return;
  frame.scrollIntoView({ block: "center" });
  const control = frame.querySelector<HTMLElement>(
    "textarea, input:not(:disabled), button:not(:disabled)",
  );
  (control ?? frame).focus({ preventScroll: true });
}
