import { useQuery } from "@tanstack/react-query";
import type { SessionList } from "../../../../contract/sessions";
import { apiRequest } from "../../../lib/api-client";
import { engagementPath, sessionKeys } from "./session-keys";

/** An engagement's sessions with its allowance, meeting link and whether the viewer may book. */
export function useEngagementSessions(engagementId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: sessionKeys.ofEngagement(engagementId),
    queryFn: (): Promise<SessionList> => apiRequest(`${engagementPath(engagementId)}/sessions`),
    enabled,
  });
}
