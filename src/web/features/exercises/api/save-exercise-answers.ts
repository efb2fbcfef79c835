import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  ExerciseSummary,
  ExerciseView,
  SavedExerciseAnswers,
} from "../../../../contract/exercises";
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
    onSuccess: (saved, { id }) => rememberSavedExerciseAnswers(queryClient, id, saved),
  });
}

/**
 * After a save, every copy of the exercise's state in the cache says where it now stands: the
 * first answer turns "Not started" into "Draft" on the exercise's own page, the engagement's list
 * and the client's home without a reload, with the answered count; the cached exercise also holds
 * the answers saved, so coming back to the page resumes where the client left off.
 */
export function rememberSavedExerciseAnswers(
  queryClient: QueryClient,
  id: string,
  saved: SavedExerciseAnswers,
) {
  const update = <T extends Pick<ExerciseSummary, "id" | "status" | "answered">>(item: T): T =>
    item.id === id ? { ...item, status: saved.status, answered: saved.answered } : item;
  queryClient.setQueryData<ExerciseView>(exerciseKeys.one(id), (exercise) =>
    exercise ? { ...update(exercise), answers: saved.answers } : exercise,
  );
  // The save does not say which engagement the exercise is in: each loaded list finds it by id.
  queryClient.setQueriesData<ExerciseSummary[]>({ queryKey: exerciseKeys.lists }, (list) =>
    list?.map(update),
  );
}
