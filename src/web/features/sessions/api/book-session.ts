import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { BookSessionInput, SessionSummary } from "../../../../contract/sessions";
import { apiRequest } from "../../../lib/api-client";
import { engagementPath, sessionKeys } from "./session-keys";

/** Books a session: a free slot for the client, any time for the coach. */
export function useBookSession(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BookSessionInput): Promise<SessionSummary> =>
      apiRequest(`${engagementPath(engagementId)}/sessions`, { method: "POST", body }),
    // A refused booking (the slot taken meanwhile, say) shows the free slots as they are now.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}
