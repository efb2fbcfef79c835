import { useMutation, useQueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import { apiRequest } from "../../../lib/api-client";
import type { Engagement } from "../../../lib/api-types";
import { queryKeys } from "../../../lib/query-keys";
import { engagementFactsSchema } from "./engagement-schema";

export const createEngagementSchema = z.extend(engagementFactsSchema, {
  clientId: z.string("Choose a client").check(z.minLength(1, "Choose a client")),
});

export type CreateEngagementInput = z.infer<typeof createEngagementSchema>;

export function createEngagement(input: CreateEngagementInput): Promise<Engagement> {
  return apiRequest("/api/engagements", { method: "POST", body: input });
}

/** Opens an engagement with one of the coach's clients. */
export function useCreateEngagement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEngagement,
    onSuccess: (engagement) => {
      queryClient.setQueryData(queryKeys.engagement(engagement.id), engagement);
      void queryClient.invalidateQueries({ queryKey: queryKeys.engagementLists });
      void queryClient.invalidateQueries({ queryKey: queryKeys.clients });
    },
  });
}
