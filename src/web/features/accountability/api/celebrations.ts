import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { EngagementCelebrations } from "../../../../contract/accountability";
import { apiRequest } from "../../../lib/api-client";

const celebrationsKey = (engagementId: string) =>
  ["accountability", "celebrations", engagementId] as const;

/** What went well in the engagement, newest first, each new until the viewer has seen it. */
export function useCelebrations(engagementId: string) {
  return useQuery({
    queryKey: celebrationsKey(engagementId),
    queryFn: () =>
      apiRequest<EngagementCelebrations>(`/api/engagements/${engagementId}/celebrations`),
  });
}

/** The viewer has seen these: they no longer show as new to them. */
export function useMarkCelebrationsSeen(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (keys: string[]) =>
      apiRequest<EngagementCelebrations>(`/api/engagements/${engagementId}/celebrations/seen`, {
        method: "POST",
        body: { keys },
      }),
    onSuccess: (celebrations) =>
      queryClient.setQueryData(celebrationsKey(engagementId), celebrations),
  });
}
