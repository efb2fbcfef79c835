import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { SelfRatingView } from "../../../../contract/feedback";
import { apiRequest } from "../../../lib/api-client";
import { feedbackKeys } from "./feedback-keys";

/** Submits the client's self-rating: it is final, and the report sets it beside the others'. */
export function submitSelfRating(campaignId: string): Promise<SelfRatingView> {
  return apiRequest(
    `/api/feedback-campaigns/${encodeURIComponent(campaignId)}/self-rating/submit`,
    { method: "POST" },
  );
}

/**
 * Marks every 360 query stale without reading them again at once: the form stays until the page
 * moves on (a refetch would swap it for the "rated" notice first and drop the move).
 */
export function useSubmitSelfRating() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitSelfRating,
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: feedbackKeys.all, refetchType: "none" }),
  });
}
