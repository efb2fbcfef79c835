import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { setSessionUser } from "../../../lib/use-me";

export function signOut(): Promise<void> {
  return apiRequest<void>("/api/auth/sign-out", { method: "POST" });
}

/** Ends the session and forgets everything cached for this person. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => setSessionUser(queryClient, null),
  });
}
