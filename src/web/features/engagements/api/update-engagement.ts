import { useMutation, useQueryClient } from "@tanstack/react-query";
import type * as z from "zod/mini";
import { apiRequest } from "../../../lib/api-client";
import type { Engagement } from "../../../lib/api-types";
import { queryKeys } from "../../../lib/query-keys";
import { engagementFactsSchema } from "./engagement-schema";

export const updateEngagementSchema = engagementFactsSchema;

export type UpdateEngagementInput = { id: string } & Partial<z.infer<typeof engagementFactsSchema>>;

export function updateEngagement({ id, ...changes }: UpdateEngagementInput): Promise<Engagement> {
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
