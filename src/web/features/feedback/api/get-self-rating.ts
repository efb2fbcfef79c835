import { useQuery } from "@tanstack/react-query";
import type { SelfRatingView } from "../../../../contract/feedback";
import { apiRequest } from "../../../lib/api-client";
import { feedbackKeys } from "./feedback-keys";

export function getSelfRating(campaignId: string): Promise<SelfRatingView> {
  return apiRequest(`/api/feedback-campaigns/${encodeURIComponent(campaignId)}/self-rating`);
}

/** The client's own ratings and the behaviours to rate (the client only). */
export function useSelfRating(campaignId: string) {
  return useQuery({
    queryKey: feedbackKeys.selfRating(campaignId),
    queryFn: () => getSelfRating(campaignId),
    // The page keeps its own copy of the ratings while the client answers.
    refetchOnWindowFocus: false,
  });
}
