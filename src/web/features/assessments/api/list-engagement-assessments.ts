import { useQueries, useQuery } from "@tanstack/react-query";
import type { AssessmentSummary } from "../../../../contract/assessments";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** The questionnaires assigned in an engagement, oldest first (its client and coach only). */
export function listEngagementAssessments(engagementId: string): Promise<AssessmentSummary[]> {
  return apiRequest(`/api/engagements/${encodeURIComponent(engagementId)}/assessments`);
}

export function useEngagementAssessments(engagementId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: queryKeys.engagementAssessments(engagementId),
    queryFn: () => listEngagementAssessments(engagementId),
    enabled,
  });
}

/** The questionnaires of several engagements at once, e.g. every open one on a client's home. */
export function useAssessmentsOfEngagements(engagementIds: string[]) {
  return useQueries({
    queries: engagementIds.map((id) => ({
      queryKey: queryKeys.engagementAssessments(id),
      queryFn: () => listEngagementAssessments(id),
    })),
  });
}
