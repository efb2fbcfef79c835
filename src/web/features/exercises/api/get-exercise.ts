import { useQuery } from "@tanstack/react-query";
import type { ExerciseView } from "../../../../contract/exercises";
import { apiRequest } from "../../../lib/api-client";
import { exerciseKeys } from "./exercise-keys";

export function getExercise(id: string): Promise<ExerciseView> {
  return apiRequest(`/api/exercises/${encodeURIComponent(id)}`);
}

export function useExercise(id: string) {
  return useQuery({
    queryKey: exerciseKeys.one(id),
    queryFn: () => getExercise(id),
    // The form keeps its own copy of the answers while the client writes; a background refetch
    // must not pull it from under them.
    refetchOnWindowFocus: false,
  });
}
