import { useMutation, useQueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import type { UserResponse } from "../../../../contract/accounts";
import type { AcceptInvitationBody } from "../../../../contract/invitations";
import { apiRequest } from "../../../lib/api-client";
import { newPassword, requiredText } from "../../../lib/form-schemas";
import { setSessionUser } from "../../../lib/use-me";

export const acceptInvitationSchema = z.object({
  name: requiredText("Enter your name"),
  password: newPassword(),
});

export type AcceptInvitationInput = AcceptInvitationBody & { token: string };

export function acceptInvitation({ token, ...body }: AcceptInvitationInput): Promise<UserResponse> {
  return apiRequest(`/api/invitations/token/${encodeURIComponent(token)}/accept`, {
    method: "POST",
    body,
  });
}

/** Creates the invited person's account and signs them in. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: ({ user }) => setSessionUser(queryClient, user),
  });
}
