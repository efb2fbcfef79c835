import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import type { Engagement } from "../../../lib/api-types";
import { queryKeys } from "../../../lib/query-keys";

/** The engagements the viewer may see (the server scopes them by role). */
export function listEngagements(): Promise<Engagement[]> {
  return apiRequest("/api/engagements");
}

export function useEngagements() {
  return useQuery({ queryKey: queryKeys.engagements, queryFn: listEngagements });
}
