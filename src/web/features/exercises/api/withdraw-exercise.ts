import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ExerciseSummary } from "../../../../contract/exercises";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { exerciseKeys } from "./exercise-keys";

/** Withdraws an exercise the client has not submitted (the coach only). */
export function withdrawExercise(id: string): Promise<ExerciseSummary> {
  return apiRequest(`/api/exercises/${encodeURIComponent(id)}/withdraw`, { method: "POST" });
}

/** On success or a 409 (it was submitted or withdrawn meanwhile), the lists are reloaded. */
export function useWithdrawExercise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawExercise,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exerciseKeys.all }),
    onError: (error) => {
      if (isApiError(error, 409))
        void queryClient.invalidateQueries({ queryKey: exerciseKeys.all });
    },
  });
}
