import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  cancelSessionInput,
  moveSessionInput,
  SessionSummary,
  updateSessionInput,
} from "../../../../contract/sessions";
import { apiRequest } from "../../../lib/api-client";
import { sessionKeys, sessionPath } from "./session-keys";

export type MoveSessionInput = z.input<typeof moveSessionInput>;
export type CancelSessionInput = z.input<typeof cancelSessionInput>;
export type UpdateSessionInput = z.input<typeof updateSessionInput>;

/** Moves a session to another start; each move counts against the moves allowed. */
export function useMoveSession(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MoveSessionInput): Promise<SessionSummary> =>
      apiRequest(`${sessionPath(id)}/move`, { method: "POST", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}

/** Cancels a session; a late cancellation counts as a used session. */
export function useCancelSession(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CancelSessionInput): Promise<SessionSummary> =>
      apiRequest(`${sessionPath(id)}/cancel`, { method: "POST", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}

/** Changes how and where a session is held; both get an updated invitation. */
export function useUpdateSession(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSessionInput): Promise<SessionSummary> =>
      apiRequest(sessionPath(id), { method: "PATCH", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}
