import { useQuery } from "@tanstack/react-query";
import type { CampaignSummary } from "../../../../contract/feedback";
import { apiRequest } from "../../../lib/api-client";
import { feedbackKeys } from "./feedback-keys";

/** The 360 campaigns of an engagement (its client and coach only). */
export function listEngagementCampaigns(engagementId: string): Promise<CampaignSummary[]> {
  return apiRequest(`/api/engagements/${encodeURIComponent(engagementId)}/feedback-campaigns`);
}

export function useEngagementCampaigns(engagementId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: feedbackKeys.engagement(engagementId),
    queryFn: () => listEngagementCampaigns(engagementId),
    enabled,
  });
}
