import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { SurveyView } from "../../../../contract/feedback";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { surveyKey } from "./get-survey";

/** Sends the survey: the answers become final and the link shows a thank-you from then on. */
export function submitSurvey(token: string): Promise<SurveyView> {
  return apiRequest(`/api/feedback/survey/${encodeURIComponent(token)}/submit`, {
    method: "POST",
  });
}

/**
 * On success the page turns into the thank-you straight away; on a 409 (sent from another tab, or
 * the survey closed meanwhile) or a 404 the survey is fetched again to show where it stands.
 */
export function useSubmitSurvey(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitSurvey(token),
    onSuccess: (view) => queryClient.setQueryData(surveyKey(token), view),
    onError: (error) => {
      if (isApiError(error, 409) || isApiError(error, 404))
        void queryClient.invalidateQueries({ queryKey: surveyKey(token) });
    },
  });
}
