import type { QueryClient } from "@tanstack/react-query";
import type {
  Answers,
  AssessmentForm,
  AssessmentSummary,
  SavedAnswers,
} from "../../../../contract/assessments";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

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

type Where = Pick<AssessmentForm, "id" | "engagementId">;

/**
 * After a save, every copy of the questionnaire's state in the cache says where it now stands:
 * the first answer turns "Not started" into "In progress" on the questionnaire's own page, the
 * engagement's list and the client's home without a reload; the cached form also holds the answers
 * just saved, so coming back to the page resumes where the client left off.
 */
export function rememberSavedAnswers(
  queryClient: QueryClient,
  where: Where,
  given: Answers,
  saved: SavedAnswers,
) {
  const update = <T extends Pick<AssessmentSummary, "id" | "status" | "answered">>(item: T): T =>
    item.id === where.id ? { ...item, status: saved.status, answered: saved.answered } : item;
  queryClient.setQueryData<AssessmentForm>(queryKeys.assessment(where.id), (form) =>
    form ? { ...update(form), answers: form.answers && { ...form.answers, ...given } } : form,
  );
  queryClient.setQueryData<AssessmentSummary[]>(
    queryKeys.engagementAssessments(where.engagementId),
    (list) => list?.map(update),
  );
}
