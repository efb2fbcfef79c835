import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CampaignView, CreateCampaignBody } from "../../../../contract/feedback";
import { apiRequest } from "../../../lib/api-client";
import { feedbackKeys } from "./feedback-keys";

export type CreateCampaignInput = { engagementId: string } & CreateCampaignBody;

/** Starts a 360 campaign in an engagement (its coach only), as a draft. */
export function createCampaign({
  engagementId,
  ...body
}: CreateCampaignInput): Promise<CampaignView> {
  return apiRequest(`/api/engagements/${encodeURIComponent(engagementId)}/feedback-campaigns`, {
    method: "POST",
    body,
  });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCampaign,
    onSuccess: (view) => {
      queryClient.setQueryData(feedbackKeys.campaign(view.id), view);
      return queryClient.invalidateQueries({
        queryKey: feedbackKeys.engagement(view.engagementId),
      });
    },
  });
}
