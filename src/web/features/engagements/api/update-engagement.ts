import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { EngagementView, UpdateEngagementBody } from "../../../../contract/engagements";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { engagementFactsSchema } from "./engagement-schema";

export const updateEngagementSchema = engagementFactsSchema;

export type UpdateEngagementInput = { id: string } & UpdateEngagementBody;

export function updateEngagement({
  id,
  ...changes
}: UpdateEngagementInput): Promise<EngagementView> {
  return apiRequest(`/api/engagements/${encodeURIComponent(id)}`, {
    method: "PATCH",
    body: changes,
  });
}

/** Changes an engagement's facts (its coach only). */
export function useUpdateEngagement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEngagement,
    onSuccess: (engagement) => {
      queryClient.setQueryData(queryKeys.engagement(engagement.id), engagement);
      void queryClient.invalidateQueries({ queryKey: queryKeys.engagementLists });
    },
  });
}
