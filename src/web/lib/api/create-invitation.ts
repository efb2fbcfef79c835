import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Invitation, InviteBody } from "../../../contract/invitations";
import { apiRequest } from "../api-client";
import { queryKeys } from "../query-keys";

/** Invites a person to the practice: any coach invites clients and sponsors, an admin coaches. */
export function createInvitation(input: InviteBody): Promise<Invitation> {
  return apiRequest("/api/invitations", { method: "POST", body: input });
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.invitations }),
  });
}
