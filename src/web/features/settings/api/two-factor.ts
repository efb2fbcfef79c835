import { useMutation, useQueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import type { UserResponse } from "../../../../contract/accounts";
import type { PasswordBody, RecoveryCodes, TwoFactorSetUp } from "../../../../contract/two-factor";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const passwordSchema = z.object({
  password: z.string("Enter your password").check(z.minLength(1, "Enter your password")),
});

export const confirmCodeSchema = z.object({
  code: z
    .string("Enter the 6-digit code")
    .check(z.trim(), z.regex(/^\d{6}$/, "Enter the 6 digits your authenticator app shows")),
});

export const turnOffSchema = z.object({
  password: passwordSchema.shape.password,
  code: confirmCodeSchema.shape.code,
});

/** Starts the set-up: a new secret and recovery codes; nothing changes until a code confirms it. */
export function useStartTwoFactor() {
  return useMutation({
    mutationFn: (input: PasswordBody): Promise<TwoFactorSetUp> =>
      apiRequest("/api/auth/two-factor/enable", { method: "POST", body: input }),
  });
}

/** Turning two-factor sign-in on or off renews the session; who is signed in is read again. */
function useMeChange(path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Record<string, string>): Promise<UserResponse> =>
      apiRequest(path, { method: "POST", body: input }),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(queryKeys.me, user);
      return queryClient.invalidateQueries();
    },
  });
}

export const useConfirmTwoFactor = () => useMeChange("/api/auth/two-factor/confirm");
export const useTurnOffTwoFactor = () => useMeChange("/api/auth/two-factor/disable");

export function useNewRecoveryCodes() {
  return useMutation({
    mutationFn: (input: PasswordBody): Promise<RecoveryCodes> =>
      apiRequest("/api/auth/two-factor/recovery-codes", { method: "POST", body: input }),
  });
}
