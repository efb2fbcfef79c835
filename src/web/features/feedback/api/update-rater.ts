import type { CampaignView, RaterBody } from "../../../../contract/feedback";
import { apiRequest } from "../../../lib/api-client";
import { useCampaignChange } from "./campaign-change";

export type UpdateRaterInput = { campaignId: string; raterId: string } & Partial<RaterBody>;

/** Corrects a rater's name, address or group, until their invitation goes out. */
export function updateRater({
  campaignId: _,
  raterId,
  ...body
}: UpdateRaterInput): Promise<CampaignView> {
  return apiRequest(`/api/feedback-raters/${encodeURIComponent(raterId)}`, {
    method: "PATCH",
    body,
  });
}

export function useUpdateRater() {
  return useCampaignChange(updateRater);
}
