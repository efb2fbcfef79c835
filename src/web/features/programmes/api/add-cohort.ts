import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Cohort, CohortBody } from "../../../../contract/programmes";
import { apiRequest } from "../../../lib/api-client";
import { programmeKeys, programmePath } from "./programme-keys";

export function addCohort(programmeId: string, body: CohortBody): Promise<Cohort> {
  return apiRequest(`${programmePath(programmeId)}/cohorts`, { method: "POST", body });
}

export function useAddCohort(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CohortBody) => addCohort(programmeId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}
