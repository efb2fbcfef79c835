import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { AssessmentSummary } from "../../../../contract/assessments";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** Withdraws a questionnaire the client has not submitted (the coach only). */
export function withdrawAssessment(id: string): Promise<AssessmentSummary> {
  return apiRequest(`/api/assessments/${encodeURIComponent(id)}/withdraw`, { method: "POST" });
}

/** On success or a 409 (it was submitted or withdrawn meanwhile), the lists are reloaded. */
export function useWithdrawAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawAssessment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.assessments }),
    onError: (error) => {
      if (isApiError(error, 409))
        void queryClient.invalidateQueries({ queryKey: queryKeys.assessments });
    },
  });
}
