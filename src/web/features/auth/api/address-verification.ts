import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AddressState } from "../../../../contract/accounts";
import { apiRequest } from "../../../lib/api-client";

const addressKey = ["auth", "address"] as const;

/** Only coaches who opened a practice can be unconfirmed; others never ask. */
export function useAddressState(enabled: boolean) {
  return useQuery({
    queryKey: addressKey,
    queryFn: () => apiRequest<AddressState>("/api/auth/address"),
    enabled,
    staleTime: 60_000,
  });
}

export function useResendVerification() {
  return useMutation({
    mutationFn: () =>
      apiRequest<{ ok: true }>("/api/auth/address/verification-mail", { method: "POST" }),
  });
}

export function useConfirmAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      apiRequest<void>("/api/auth/address/verify", { method: "POST", body: { token } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: addressKey }),
  });
}
