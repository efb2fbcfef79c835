import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { feedbackKeys } from "./feedback-keys";

export type DeleteCampaignInput = { campaignId: string; engagementId: string };

/** Deletes a campaign whose invitations have not gone out (its coach only). */
export function deleteCampaign({ campaignId }: DeleteCampaignInput): Promise<void> {
  return apiRequest(`/api/feedback-campaigns/${encodeURIComponent(campaignId)}`, {
    method: "DELETE",
  });
}

/**
 * Reads the lists again, not the deleted campaign itself: its page is still open until the
 * caller moves on, and would show "not found" for a moment.
 */
export function useDeleteCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCampaign,
    onSuccess: (_, { engagementId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: feedbackKeys.engagement(engagementId) }),
        queryClient.invalidateQueries({ queryKey: feedbackKeys.dashboards }),
      ]),
    onError: (error) => {
      if (isApiError(error, 409))
        void queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
    },
  });
}
