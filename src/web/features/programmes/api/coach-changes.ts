import { useQuery } from "@tanstack/react-query";
import type { CoachChanges, MovePreview } from "../../../../contract/matching";
import { apiRequest } from "../../../lib/api-client";
import { matchingKeys } from "./matching-keys";

const engagementPath = (engagementId: string, part: string) =>
  `/api/engagements/${encodeURIComponent(engagementId)}/${part}`;

/** The engagement's moves from coach to coach (its coach, its client, the admin). */
export function useCoachChanges(engagementId: string, enabled = true) {
  return useQuery({
    queryKey: matchingKeys.coachChanges(engagementId),
    queryFn: (): Promise<CoachChanges> => apiRequest(engagementPath(engagementId, "coach-changes")),
    enabled,
  });
}

/** What a move would cancel: the sessions booked ahead with the present coach (admin). */
export function useMovePreview(engagementId: string, enabled: boolean) {
  return useQuery({
    queryKey: matchingKeys.movePreview(engagementId),
    queryFn: (): Promise<MovePreview> =>
      apiRequest(engagementPath(engagementId, "coach/move-preview")),
    enabled,
  });
}
