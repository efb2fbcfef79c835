import type { CampaignView } from "../../../../contract/feedback";
import { apiRequest } from "../../../lib/api-client";
import { useCampaignChange } from "./campaign-change";

export type DecideRaterInput = {
  campaignId: string;
  raterId: string;
  decision: "approve" | "decline";
};

/** Approves a rater added while collecting (who then gets their link), or declines them. */
export function decideRater({ raterId, decision }: DecideRaterInput): Promise<CampaignView> {
  return apiRequest(`/api/feedback-raters/${encodeURIComponent(raterId)}/${decision}`, {
    method: "POST",
  });
}

export function useDecideRater() {
  return useCampaignChange(decideRater);
}
