import type { CampaignView, UpdateCampaignBody } from "../../../../contract/feedback";
import { apiRequest } from "../../../lib/api-client";
import { useCampaignChange } from "./campaign-change";

export type UpdateCampaignInput = { campaignId: string } & UpdateCampaignBody;

/** The coach changes the settings (until invitations go out) or the deadline (until closing). */
export function updateCampaign({
  campaignId,
  ...body
}: UpdateCampaignInput): Promise<CampaignView> {
  return apiRequest(`/api/feedback-campaigns/${encodeURIComponent(campaignId)}`, {
    method: "PATCH",
    body,
  });
}

export function useUpdateCampaign() {
  return useCampaignChange(updateCampaign);
}
