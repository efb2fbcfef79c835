import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { AssessmentSummary } from "../../../../contract/assessments";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** Submits the client's answers: they become final and the results appear. */
export function submitAssessment(id: string): Promise<AssessmentSummary> {
  return apiRequest(`/api/assessments/${encodeURIComponent(id)}/submit`, { method: "POST" });
}

/**
 * On success, or a 409 (it was submitted or withdrawn meanwhile), every list and form of
 * questionnaires is reloaded in the background, and on success the development profiles too.
 */
export function useSubmitAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitAssessment,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.assessments });
      // New results bring new suggestions for the development profile.
      void queryClient.invalidateQueries({ queryKey: queryKeys.developmentProfiles });
    },
    onError: (error) => {
      if (isApiError(error, 409))
        void queryClient.invalidateQueries({ queryKey: queryKeys.assessments });
    },
  });
}
