import { useMutation, useQueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import type { AssessmentSummary, AssignAssessmentBody } from "../../../../contract/assessments";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** The coach's choice in the assign form: a questionnaire and, optionally, a due date. */
export const assignAssessmentSchema = z.object({
  instrumentId: z.string("Choose a questionnaire").check(z.minLength(1, "Choose a questionnaire")),
  dueDate: z.pipe(
    z.optional(
      z
        .string()
        .check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/, "Enter a date, or leave it empty for none")),
    ),
    z.transform((date) => (date ? date : null)),
  ),
});

export type AssignAssessmentInput = { engagementId: string } & AssignAssessmentBody;

export function assignAssessment({
  engagementId,
  ...body
}: AssignAssessmentInput): Promise<AssessmentSummary> {
  return apiRequest(`/api/engagements/${encodeURIComponent(engagementId)}/assessments`, {
    method: "POST",
    body,
  });
}

/**
 * Assigns a questionnaire to the engagement's client (its coach only). A 409 means one is
 * already open, or the engagement closed: the list is reloaded either way.
 */
export function useAssignAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: assignAssessment,
    onSuccess: (_, { engagementId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.engagementAssessments(engagementId) }),
    onError: (error, { engagementId }) => {
      if (isApiError(error, 409))
        void queryClient.invalidateQueries({
          queryKey: queryKeys.engagementAssessments(engagementId),
        });
    },
  });
}
