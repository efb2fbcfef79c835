import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../api-client";
import type { Invitation, Role } from "../api-types";
import { queryKeys } from "../query-keys";

export type CreateInvitationInput = { email: string; name?: string | undefined; role: Role };

/** Invites a person to the practice: any coach invites clients and sponsors, an admin coaches. */
export function createInvitation(input: CreateInvitationInput): Promise<Invitation> {
  return apiRequest("/api/invitations", { method: "POST", body: input });
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.invitations }),
  });
}
