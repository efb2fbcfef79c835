import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import type { Engagement } from "../../../lib/api-types";
import { queryKeys } from "../../../lib/query-keys";

export function listEngagements(): Promise<Engagement[]> {
  return apiRequest("/api/engagements");
}

/** The viewer's engagements, scoped by the server to their role. */
export function useEngagements() {
  return useQuery({ queryKey: queryKeys.engagements, queryFn: listEngagements });
}
