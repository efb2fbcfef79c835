import { useQuery } from "@tanstack/react-query";
import type { DevelopmentProfile } from "../../../../contract/development";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** The profile's entries and Keel's proposals (the engagement's client and coach only). */
export function getDevelopmentProfile(engagementId: string): Promise<DevelopmentProfile> {
  return apiRequest(`/api/engagements/${encodeURIComponent(engagementId)}/development-profile`);
}

export function useDevelopmentProfile(engagementId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: queryKeys.developmentProfile(engagementId),
    queryFn: () => getDevelopmentProfile(engagementId),
    enabled,
  });
}
