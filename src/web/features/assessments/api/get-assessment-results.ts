import { useQuery } from "@tanstack/react-query";
import type { AssessmentResults } from "../../../../contract/assessments";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** The scored profile (client and coach), once the client has submitted; 409 before. */
export function getAssessmentResults(id: string): Promise<AssessmentResults> {
  return apiRequest(`/api/assessments/${encodeURIComponent(id)}/results`);
}

export function useAssessmentResults(id: string) {
  return useQuery({
    queryKey: queryKeys.assessmentResults(id),
    queryFn: () => getAssessmentResults(id),
  });
}
