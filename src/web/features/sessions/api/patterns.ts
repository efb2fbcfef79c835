import { useQuery } from "@tanstack/react-query";
import type { EngagementPatterns, EngagementTimeline } from "../../../../contract/session-patterns";
import { apiRequest } from "../../../lib/api-client";
import { engagementPath, sessionKeys } from "./session-keys";

// Under the sessions' keys: a saved note, reflection or booking refreshes them too.

/** The engagement's sessions, reflections, commitments and plan and stage changes, newest first. */
export function useTimeline(engagementId: string) {
  return useQuery({
    queryKey: [...sessionKeys.all, "timeline", engagementId],
    queryFn: (): Promise<EngagementTimeline> =>
      apiRequest(`${engagementPath(engagementId)}/timeline`),
  });
}

/** Themes, obstacles and key phrases that come back, and the ratings' trend. */
export function usePatterns(engagementId: string) {
  return useQuery({
    queryKey: [...sessionKeys.all, "patterns", engagementId],
    queryFn: (): Promise<EngagementPatterns> =>
      apiRequest(`${engagementPath(engagementId)}/patterns`),
  });
}
