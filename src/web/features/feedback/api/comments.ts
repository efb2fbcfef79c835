import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReviewComment } from "../../../../contract/feedback";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { feedbackKeys } from "./feedback-keys";

/** The campaign's comments for review: the coach, while the campaign is closed. */
export function listReviewComments(campaignId: string): Promise<ReviewComment[]> {
  return apiRequest(`/api/feedback-campaigns/${encodeURIComponent(campaignId)}/comments`);
}

export function useReviewComments(
  campaignId: string,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: feedbackKeys.comments(campaignId),
    queryFn: () => listReviewComments(campaignId),
    enabled,
  });
}

export type RedactInput = { commentId: string; redactions: string[] };

/** Replaces a comment's redactions: the phrases that read as "[removed]" in the report. */
export function redactComment({ commentId, redactions }: RedactInput): Promise<ReviewComment> {
  return apiRequest(`/api/feedback-comments/${encodeURIComponent(commentId)}/redactions`, {
    method: "PUT",
    body: { redactions },
  });
}

/**
 * On success the comment is updated in place and the report preview fetched again; on a 409 (the
 * report was released meanwhile) the whole campaign is fetched again.
 */
export function useRedactComment(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: redactComment,
    onSuccess: (comment) => {
      queryClient.setQueryData<ReviewComment[]>(feedbackKeys.comments(campaignId), (list) =>
        list?.map((c) => (c.id === comment.id ? comment : c)),
      );
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.report(campaignId) });
    },
    onError: (error) => {
      if (isApiError(error, 409))
        void queryClient.invalidateQueries({ queryKey: feedbackKeys.campaign(campaignId) });
    },
  });
}
