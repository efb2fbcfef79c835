import type { CampaignView } from "../../../../contract/feedback";
import { apiRequest } from "../../../lib/api-client";
import { useCampaignChange } from "./campaign-change";

export type RemoveRaterInput = { campaignId: string; raterId: string };

/** Takes a rater off the list, before invitations go out. */
export function removeRater({ raterId }: RemoveRaterInput): Promise<CampaignView> {
  return apiRequest(`/api/feedback-raters/${encodeURIComponent(raterId)}`, { method: "DELETE" });
}

export function useRemoveRater() {
  return useCampaignChange(removeRater);
}
