import { useQuery } from "@tanstack/react-query";
import type { CampaignView } from "../../../../contract/feedback";
import { apiRequest } from "../../../lib/api-client";
import { feedbackKeys } from "./feedback-keys";

export function getCampaign(id: string): Promise<CampaignView> {
  return apiRequest(`/api/feedback-campaigns/${encodeURIComponent(id)}`);
}

/** How often the counts of answers are read again while raters are answering. */
export const LIVE_COUNTS_INTERVAL = 30_000;

/** One campaign as the viewer may see it; read again every 30 s while it collects answers. */
export function useCampaign(id: string) {
  return useQuery({
    queryKey: feedbackKeys.campaign(id),
    queryFn: () => getCampaign(id),
    refetchInterval: (query) =>
      query.state.data?.status === "collecting" ? LIVE_COUNTS_INTERVAL : false,
  });
}
