import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import type { Invitation } from "../../../lib/api-types";
import { queryKeys } from "../../../lib/query-keys";

export type InviteCoachInput = { email: string; name?: string | undefined };

/** Invites a coach to the practice (admins only). */
export function inviteCoach(input: InviteCoachInput): Promise<Invitation> {
  return apiRequest("/api/invitations", { method: "POST", body: { ...input, role: "coach" } });
}

export function useInviteCoach() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteCoach,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.invitations }),
  });
}
