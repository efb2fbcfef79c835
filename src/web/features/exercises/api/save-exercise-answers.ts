import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { SavedExerciseAnswers } from "../../../../contract/exercises";
import type { AnswerValue } from "../../../../domain/exercise/answers";
import { apiRequest } from "../../../lib/api-client";
import { exerciseKeys } from "./exercise-keys";

export type SaveExerciseAnswersInput = { id: string; answers: Record<string, AnswerValue | null> };

/**
 * Saves a draft (the client only, until submitted). The answers sent replace those saved, null
 * clears one, and answers not sent stay. One answer the server refuses and nothing is saved.
 */
export function saveExerciseAnswers({
  id,
  answers,
}: SaveExerciseAnswersInput): Promise<SavedExerciseAnswers> {
  return apiRequest(`/api/exercises/${encodeURIComponent(id)}/answers`, {
    method: "PUT",
    body: { answers },
  });
}

export function useSaveExerciseAnswers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveExerciseAnswers,
    // The page holds the answers; the lists only need the new status and count.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exerciseKeys.lists }),
  });
}
