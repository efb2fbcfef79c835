import { useQueries, useQuery } from "@tanstack/react-query";
import type { ExerciseSummary } from "../../../../contract/exercises";
import { apiRequest } from "../../../lib/api-client";
import { exerciseKeys } from "./exercise-keys";

/** The exercises assigned in an engagement, oldest first (its client and coach only). */
export function listEngagementExercises(engagementId: string): Promise<ExerciseSummary[]> {
  return apiRequest(`/api/engagements/${encodeURIComponent(engagementId)}/exercises`);
}

export function useEngagementExercises(engagementId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: exerciseKeys.engagement(engagementId),
    queryFn: () => listEngagementExercises(engagementId),
    enabled,
  });
}

/** The exercises of several engagements at once, e.g. every open one on a client's home. */
export function useExercisesOfEngagements(engagementIds: string[]) {
  return useQueries({
    queries: engagementIds.map((id) => ({
      queryKey: exerciseKeys.engagement(id),
      queryFn: () => listEngagementExercises(id),
    })),
  });
}
