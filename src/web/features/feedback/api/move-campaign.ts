import type { CampaignStatus, CampaignView } from "../../../../contract/feedback";
import { apiRequest } from "../../../lib/api-client";
import { useCampaignChange } from "./campaign-change";

export type MoveCampaignInput = { campaignId: string; to: CampaignStatus };

/** Moves a campaign on (or back) one step; the server says who may make which move. */
export function moveCampaign({ campaignId, to }: MoveCampaignInput): Promise<CampaignView> {
  return apiRequest(`/api/feedback-campaigns/${encodeURIComponent(campaignId)}/status`, {
    method: "POST",
    body: { to },
  });
}

export function useMoveCampaign() {
  return useCampaignChange(moveCampaign);
}
