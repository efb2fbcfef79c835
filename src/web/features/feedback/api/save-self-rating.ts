import { apiRequest } from "../../../lib/api-client";
import type { Ratings, SavedRatings } from "./types";

/**
 * Saves ratings as they are given; the server merges them into those already saved, so sending
 * one keeps all the others. null is "not observed".
 */
export function saveSelfRating(campaignId: string, ratings: Ratings): Promise<SavedRatings> {
  return apiRequest(`/api/feedback-campaigns/${encodeURIComponent(campaignId)}/self-rating`, {
    method: "PUT",
    body: { ratings },
  });
}
