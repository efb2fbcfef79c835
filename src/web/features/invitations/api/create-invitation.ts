import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import type { Invitation, Role } from "../../../lib/api-types";
import { queryKeys } from "../../../lib/query-keys";

export type CreateInvitationInput = { email: string; name?: string | undefined; role: Role };

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
