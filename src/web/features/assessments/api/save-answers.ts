import type { Answers, SavedAnswers } from "../../../../contract/assessments";
import { apiRequest } from "../../../lib/api-client";

/**
 * Saves answers as they are given (the client only, until submitted). The server merges them
 * into those already saved, so sending one answer keeps all the others.
 */
export function saveAnswers(id: string, answers: Answers): Promise<SavedAnswers> {
  return apiRequest(`/api/assessments/${encodeURIComponent(id)}/answers`, {
    method: "PUT",
    body: { answers },
  });
}
