import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../api-client";
import { queryKeys } from "../query-keys";

/** Makes a pending invitation's link stop working. */
export function revokeInvitation(id: string): Promise<void> {
  return apiRequest(`/api/invitations/${encodeURIComponent(id)}`, { method: "DELETE" });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.invitations }),
  });
}
