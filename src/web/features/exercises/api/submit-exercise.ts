import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ExerciseSummary } from "../../../../contract/exercises";
import { apiRequest } from "../../../lib/api-client";
import { exerciseKeys } from "./exercise-keys";

/** Submits the client's answers: they become final, and their coach sees them. */
export function submitExercise(id: string): Promise<ExerciseSummary> {
  return apiRequest(`/api/exercises/${encodeURIComponent(id)}/submit`, { method: "POST" });
}

export function useSubmitExercise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitExercise,
    onSettled: () => queryClient.invalidateQueries({ queryKey: exerciseKeys.all }),
  });
}
