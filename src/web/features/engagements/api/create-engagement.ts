import { useMutation, useQueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import type { CreateEngagementBody, EngagementView } from "../../../../contract/engagements";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { engagementFactsSchema } from "./engagement-schema";

export const createEngagementSchema = z.extend(engagementFactsSchema, {
  clientId: z.string("Choose a client").check(z.minLength(1, "Choose a client")),
});

export function createEngagement(input: CreateEngagementBody): Promise<EngagementView> {
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
