import { useQuery } from "@tanstack/react-query";
import type { DevelopmentProfile } from "../../../../contract/development";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** The engagement's development profile, whose entries a goal links to (same query as its page). */
export function useProfileEntries(engagementId: string) {
  return useQuery({
    queryKey: queryKeys.developmentProfile(engagementId),
    queryFn: () =>
      apiRequest<DevelopmentProfile>(
        `/api/engagements/${encodeURIComponent(engagementId)}/development-profile`,
      ),
    select: (profile) => profile.entries,
  });
}
