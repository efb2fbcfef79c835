import type { SavedSurveyAnswers, SurveyAnswers } from "../../../../contract/feedback";
import { apiRequest } from "../../../lib/api-client";

/**
 * Saves answers as they are given. The server merges them into those saved: ratings and comments
 * not sent stay as they were.
 */
export function saveSurveyAnswers(
  token: string,
  answers: SurveyAnswers,
): Promise<SavedSurveyAnswers> {
  return apiRequest(`/api/feedback/survey/${encodeURIComponent(token)}/answers`, {
    method: "PUT",
    body: answers,
  });
}
