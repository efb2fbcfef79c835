import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useEffectEvent, useState } from "react";
import type { ExerciseAnswers, ExerciseView } from "../../../../contract/exercises";
import {
  type AnswerPatch,
  type AnswerValue,
  applyPatch,
} from "../../../../domain/exercise/answers";
import { isApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";
import { exerciseKeys } from "../api/exercise-keys";
import { useSaveExerciseAnswers } from "../api/save-exercise-answers";
import {
  focusQuestion,
  type MissingAnswer,
  type Problems,
  problemsOf,
  questionOfPath,
} from "./exercise-problems";
import { keepUnsavedChanges, readUnsavedChanges } from "./unsaved-exercise-changes";

/** How long after the last change the draft saves itself: a pause, not every keystroke. */
export const AUTOSAVE_DELAY_MS = 1_500;

/**
 * The client's answers to an exercise, saved as a draft as they go (a pause after each change)
 * or at once when they ask. Changes not yet saved are kept in the tab, so a reload does not lose
 * them; closing the tab with changes unsaved asks first. A save that failed is tried again at
 * the next change, not in a loop.
 */
export function useExerciseDraft(exercise: ExerciseView) {
  const [kept] = useState(() => readUnsavedChanges(exercise.id, exercise.questions));
  const [answers, setAnswers] = useState<ExerciseAnswers>(() =>
    applyPatch(exercise.answers ?? {}, kept),
  );
  /** Changes since the last save: what the next save sends (null clears an answer). */
  const [changes, setChanges] = useState<AnswerPatch>(kept);
  const [problems, setProblems] = useState<Problems>({});
  const [missing, setMissing] = useState<MissingAnswer[]>([]);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  /** Changes kept in the tab from an earlier visit were put back into the form. */
  const [restored, setRestored] = useState(() => Object.keys(kept).length > 0);
  const save = useSaveExerciseAnswers();
  const queryClient = useQueryClient();
  const unsaved = Object.keys(changes).length > 0;
  /** The changes whose save failed, so that only a new change tries again by itself. */
  const [failed, setFailed] = useState<AnswerPatch | null>(null);

  useEffect(() => keepUnsavedChanges(exercise.id, changes), [exercise.id, changes]);
  const autosave = useEffectEvent(() => void saveChanges());
  useEffect(() => {
    if (!unsaved || save.isPending || failed === changes) return;
    const timer = setTimeout(autosave, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [changes, unsaved, save.isPending, failed]);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  function onChange(questionId: string, value: AnswerValue | null) {
    setAnswers((previous) => applyPatch(previous, { [questionId]: value }));
    setChanges((previous) => ({ ...previous, [questionId]: value }));
    if (problems[questionId]) {
      const { [questionId]: _, ...rest } = problems;
      setProblems(rest);
      setMissing((list) => list.filter((m) => m.questionId !== questionId));
    }
  }

  /** Sends the changes; resolves true once saved, false (with the problems shown) if not. */
  async function saveChanges(): Promise<boolean> {
    if (!unsaved) return true;
    const sent = changes;
    try {
      await save.mutateAsync({ id: exercise.id, answers: sent });
    } catch (error) {
      setFailed(sent);
      if (isApiError(error, 400) && error.fields.length > 0) {
        setProblems(problemsOf(error.fields));
        setMessage(
          "Some answers can't be saved as they are; nothing was saved. Fix the questions marked below.",
        );
        focusQuestion(questionOfPath(error.fields[0]?.path ?? ""));
      } else if (isApiError(error, 409)) {
        // Submitted in another tab, or withdrawn by the coach: show the exercise as it is now.
        setMessage(error.message);
        setChanges({});
        void queryClient.invalidateQueries({ queryKey: exerciseKeys.one(exercise.id) });
      } else setMessage(formMessageOf(error) ?? "It could not be saved.");
      return false;
    }
    // Changes made while the save was on its way stay to be sent next time.
    setChanges((current) =>
      Object.fromEntries(Object.entries(current).filter(([id, value]) => sent[id] !== value)),
    );
    setSavedAt(new Date());
    setMessage(null);
    setRestored(false);
    return true;
  }

  /** Marks the questions left (or refused) at submitting, each at its question and in a list. */
  function showMissing(left: MissingAnswer[]) {
    setMissing(left);
    setProblems(Object.fromEntries(left.map((p) => [p.questionId, p.message])));
  }

  return {
    answers,
    problems,
    missing,
    setMissing,
    showMissing,
    message,
    setMessage,
    savedAt,
    restored,
    unsaved,
    saving: save.isPending,
    onChange,
    saveChanges,
  };
}
