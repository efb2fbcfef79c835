import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api-client";
import type { EngagementSummary } from "../api-types";
import { queryKeys } from "../query-keys";

/** The engagements the viewer may see (the server scopes them by role), without their history. */
export function listEngagements(): Promise<EngagementSummary[]> {
  return apiRequest("/api/engagements");
}

export function useEngagements() {
  return useQuery({ queryKey: queryKeys.engagements, queryFn: listEngagements });
}
