import { useQuery } from "@tanstack/react-query";
import type { EngagementView } from "../../../contract/engagements";
import { apiRequest } from "../api-client";
import { queryKeys } from "../query-keys";

export function getEngagement(id: string): Promise<EngagementView> {
  return apiRequest(`/api/engagements/${encodeURIComponent(id)}`);
}

/** The engagement; with `enabled: false` it is not fetched (yet), e.g. while its id is unknown. */
export function useEngagement(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.engagement(id),
    queryFn: () => getEngagement(id),
    enabled,
  });
}
