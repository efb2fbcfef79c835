import type { Ratings, SavedSurveyAnswers } from "../../../../contract/feedback";
import { apiRequest } from "../../../lib/api-client";

/**
 * Saves ratings as they are given; the server merges them into those already saved, so sending
 * one keeps all the others. null is "not observed".
 */
export function saveSelfRating(campaignId: string, ratings: Ratings): Promise<SavedSurveyAnswers> {
  return apiRequest(`/api/feedback-campaigns/${encodeURIComponent(campaignId)}/self-rating`, {
    method: "PUT",
    body: { ratings },
  });
}
