import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { EngagementView, Stage } from "../../../../contract/engagements";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type MoveStageInput = { id: string; to: Stage; reason?: string | undefined };

export function moveEngagementStage({ id, to, reason }: MoveStageInput): Promise<EngagementView> {
  return apiRequest(`/api/engagements/${encodeURIComponent(id)}/stage`, {
    method: "POST",
    body: reason ? { to, reason } : { to },
  });
}

/** Moves an engagement to another stage; on a 409 the engagement is reloaded, as it changed. */
export function useMoveEngagementStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveEngagementStage,
    onSuccess: (engagement) => {
      queryClient.setQueryData(queryKeys.engagement(engagement.id), engagement);
      void queryClient.invalidateQueries({ queryKey: queryKeys.engagementLists });
    },
    onError: (error, { id }) => {
      if (isApiError(error, 409))
        void queryClient.invalidateQueries({ queryKey: queryKeys.engagement(id) });
    },
  });
}
