import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CoachProfile, ProfileBody } from "../../../../contract/matching";
import { apiRequest } from "../../../lib/api-client";
import { matchingKeys } from "./matching-keys";

/** The coach's own profile as the admin sees it when matching. */
export function useCoachProfile() {
  return useQuery({
    queryKey: matchingKeys.profile,
    queryFn: (): Promise<CoachProfile> => apiRequest("/api/coach-profile"),
  });
}

export function useSaveCoachProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileBody): Promise<CoachProfile> =>
      apiRequest("/api/coach-profile", { method: "PUT", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: matchingKeys.all }),
  });
}
