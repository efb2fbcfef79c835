import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { programmeKeys, programmePath } from "./programme-keys";

/** Removes a cohort without participants (one with participants is refused with a 409). */
export function removeCohort(programmeId: string, cohortId: string): Promise<void> {
  return apiRequest(`${programmePath(programmeId)}/cohorts/${encodeURIComponent(cohortId)}`, {
    method: "DELETE",
  });
}

export function useRemoveCohort(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (cohortId: string) => removeCohort(programmeId, cohortId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}
