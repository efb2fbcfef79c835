import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CapacityBody, MatchingCoach } from "../../../../contract/matching";
import { apiRequest } from "../../../lib/api-client";
import { matchingKeys } from "./matching-keys";

/** The practice's coaches with their profile, open engagements and capacity (admin). */
export function useMatchingCoaches() {
  return useQuery({
    queryKey: matchingKeys.coaches,
    queryFn: (): Promise<MatchingCoach[]> => apiRequest("/api/matching/coaches"),
  });
}

export function useSetCapacity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      coachId,
      ...body
    }: CapacityBody & { coachId: string }): Promise<MatchingCoach> =>
      apiRequest(`/api/matching/coaches/${encodeURIComponent(coachId)}/capacity`, {
        method: "PUT",
        body,
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: matchingKeys.all }),
  });
}
