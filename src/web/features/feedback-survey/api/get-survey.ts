import { useQuery } from "@tanstack/react-query";
import type { SurveyView } from "../../../../contract/feedback";
import { apiRequest } from "../../../lib/api-client";

/** The survey's query key: a rater has no account, so the link's token names it. */
export const surveyKey = (token: string) => ["feedback-survey", token] as const;

export function getSurvey(token: string): Promise<SurveyView> {
  return apiRequest(`/api/feedback/survey/${encodeURIComponent(token)}`);
}

export function useSurvey(token: string) {
  return useQuery({
    queryKey: surveyKey(token),
    queryFn: () => getSurvey(token),
    // The page keeps its own copy of the answers while the rater works; a background refetch
    // must not pull the survey from under them.
    refetchOnWindowFocus: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
