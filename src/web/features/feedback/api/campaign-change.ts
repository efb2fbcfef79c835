import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CampaignView } from "../../../../contract/feedback";
import { isApiError } from "../../../lib/api-client";
import { feedbackKeys } from "./feedback-keys";

/**
 * A change to a campaign that answers with the campaign: the page shows the answer at once and
 * every other 360 list is read again. A 409 (it moved on meanwhile) reloads everything.
 */
export function useCampaignChange<Input extends { campaignId: string }>(
  change: (input: Input) => Promise<CampaignView>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (view) => {
      const key = feedbackKeys.campaign(view.id);
      queryClient.setQueryData(key, view);
      return queryClient.invalidateQueries({
        queryKey: feedbackKeys.all,
        predicate: (query) => query.queryKey.join("/") !== key.join("/"),
      });
    },
    onError: (error) => {
      if (isApiError(error, 409))
        void queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
    },
  });
}
