import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { CampaignDashboardPage, CampaignStatus } from "../../../../contract/feedback";
import { apiRequest } from "../../../lib/api-client";
import { feedbackKeys } from "./feedback-keys";

/** One page of every campaign in the coach's engagements, newest first. */
export function listDashboard(
  request: { status?: CampaignStatus | undefined; cursor?: string | null },
  signal?: AbortSignal,
): Promise<CampaignDashboardPage> {
  const params = new URLSearchParams();
  if (request.status) params.set("status", request.status);
  if (request.cursor) params.set("cursor", request.cursor);
  const query = params.toString();
  return apiRequest(`/api/feedback-campaigns${query ? `?${query}` : ""}`, { signal });
}

/** Page after page of the dashboard, narrowed to one status; fetchNextPage loads the next. */
export function useCampaignDashboard(status: CampaignStatus | undefined) {
  return useInfiniteQuery({
    queryKey: feedbackKeys.dashboard(status),
    queryFn: ({ pageParam, signal }) => listDashboard({ status, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
}
