import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Cohort, CohortBody } from "../../../../contract/programmes";
import { apiRequest } from "../../../lib/api-client";
import { programmeKeys, programmePath } from "./programme-keys";

/** Renames a cohort or moves its start. */
export function updateCohort(programmeId: string, cohortId: string, body: CohortBody) {
  return apiRequest<Cohort>(
    `${programmePath(programmeId)}/cohorts/${encodeURIComponent(cohortId)}`,
    { method: "PUT", body },
  );
}

export function useUpdateCohort(programmeId: string, cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CohortBody) => updateCohort(programmeId, cohortId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}
