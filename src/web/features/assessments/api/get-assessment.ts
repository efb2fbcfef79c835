import { useQuery } from "@tanstack/react-query";
import type { AssessmentForm } from "../../../../contract/assessments";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** A questionnaire with its statements and, for its client, the answers given so far. */
export function getAssessment(id: string): Promise<AssessmentForm> {
  return apiRequest(`/api/assessments/${encodeURIComponent(id)}`);
}

export function useAssessment(id: string) {
  return useQuery({
    queryKey: queryKeys.assessment(id),
    queryFn: () => getAssessment(id),
    // The page keeps its own copy of the answers while the client works; a background refetch
    // must not pull the form from under them.
    refetchOnWindowFocus: false,
  });
}
