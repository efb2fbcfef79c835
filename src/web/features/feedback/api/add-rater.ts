import * as z from "zod/mini";
import type { CampaignView, RaterBody } from "../../../../contract/feedback";
import { RATER_GROUPS } from "../../../../domain/feedback/rater-groups";
import { apiRequest } from "../../../lib/api-client";
import { emailField, requiredText } from "../../../lib/form-schemas";
import { useCampaignChange } from "./campaign-change";

/** A rater as the add and edit forms send them. */
export const raterSchema = z.object({
  name: requiredText("Give the rater's name", 200),
  email: emailField(),
  group: z.enum(RATER_GROUPS, "Choose a group"),
});

export type AddRaterInput = { campaignId: string } & RaterBody;

/** Nominates a rater: the client while nominating, the coach until the campaign closes. */
export function addRater({ campaignId, ...body }: AddRaterInput): Promise<CampaignView> {
  return apiRequest(`/api/feedback-campaigns/${encodeURIComponent(campaignId)}/raters`, {
    method: "POST",
    body,
  });
}

export function useAddRater() {
  return useCampaignChange(addRater);
}
