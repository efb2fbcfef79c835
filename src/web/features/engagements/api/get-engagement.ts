import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import type { Engagement } from "../../../lib/api-types";
import { queryKeys } from "../../../lib/query-keys";

export function getEngagement(id: string): Promise<Engagement> {
  return apiRequest(`/api/engagements/${encodeURIComponent(id)}`);
}

export function useEngagement(id: string) {
  return useQuery({ queryKey: queryKeys.engagement(id), queryFn: () => getEngagement(id) });
}
