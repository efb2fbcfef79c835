import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import type { Engagement } from "../../../lib/api-types";
import { queryKeys } from "../../../lib/query-keys";

export function getEngagement(id: string): Promise<Engagement> {
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
