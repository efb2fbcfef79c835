import type { ExerciseView } from "../../../../contract/exercises";
import type { AnswerPatch } from "../../../../domain/exercise/answers";

/**
 * Changes not yet saved are kept in the tab's sessionStorage, like unsaved questionnaire answers:
 * the tab forgets them when it closes. Only answers to questions the exercise has come back.
 */
const storageKey = (exerciseId: string) => `keel.unsaved-exercise.${exerciseId}`;

export function readUnsavedChanges(
  exerciseId: string,
  questions: ExerciseView["questions"],
): AnswerPatch {
  try {
    const kept: unknown = JSON.parse(sessionStorage.getItem(storageKey(exerciseId)) ?? "{}");
    if (!kept || typeof kept !== "object") return {};
    const ids = new Set(questions.map((q) => q.id));
    return Object.fromEntries(Object.entries(kept).filter(([id]) => ids.has(id))) as AnswerPatch;
  } catch {
    return {};
  }
}

export function keepUnsavedChanges(exerciseId: string, changes: AnswerPatch): void {
  try {
    if (Object.keys(changes).length === 0) sessionStorage.removeItem(storageKey(exerciseId));
    else sessionStorage.setItem(storageKey(exerciseId), JSON.stringify(changes));
  } catch {
    // Storage full or refused: the changes stay in the form all the same.
  }
}
