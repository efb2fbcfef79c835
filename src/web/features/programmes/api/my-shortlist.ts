import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { MatchResult, MyShortlist } from "../../../../contract/matching";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { matchingKeys } from "./matching-keys";

/** The coaches the client was offered to choose from, if any. */
export function useMyShortlist() {
  return useQuery({
    queryKey: matchingKeys.myShortlist,
    queryFn: (): Promise<MyShortlist> => apiRequest("/api/my-coach-shortlist"),
  });
}

export function useChooseCoach() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (coachId: string): Promise<MatchResult> =>
      apiRequest("/api/my-coach-shortlist/choice", { method: "POST", body: { coachId } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: matchingKeys.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.engagementLists });
    },
  });
}
