import { useMutation, useQueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import type { SignInBody, UserResponse } from "../../../../contract/accounts";
import type { TwoFactorChallenge } from "../../../../contract/two-factor";
import { apiRequest } from "../../../lib/api-client";
import { emailField } from "../../../lib/form-schemas";
import { setSessionUser } from "../../../lib/use-me";

export const signInSchema = z.object({
  email: emailField(),
  password: z.string("Enter your password").check(z.minLength(1, "Enter your password")),
});

/** Signed in, or (with two-factor sign-in on) the password was right and a code comes next. */
export type SignInResult = UserResponse | TwoFactorChallenge;

export function signIn(input: SignInBody): Promise<SignInResult> {
  return apiRequest("/api/auth/sign-in", { method: "POST", body: input });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (result) => {
      if ("user" in result) setSessionUser(queryClient, result.user);
    },
  });
}

export const totpCodeSchema = z.object({
  code: z
    .string("Enter the 6-digit code")
    .check(z.trim(), z.regex(/^\d{6}$/, "Enter the 6 digits your authenticator app shows")),
});

export const recoveryCodeSchema = z.object({
  recoveryCode: z
    .string("Enter a recovery code")
    .check(
      z.trim(),
      z.regex(/^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/, "A recovery code looks like abcde-12345"),
    ),
});

export type SecondFactorInput = { code: string } | { recoveryCode: string };

export function signInWithSecondFactor(input: SecondFactorInput): Promise<UserResponse> {
  return apiRequest("/api/auth/sign-in/two-factor", { method: "POST", body: input });
}

/** The second step of a sign-in with two-factor sign-in on. */
export function useSignInWithSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signInWithSecondFactor,
    onSuccess: ({ user }) => setSessionUser(queryClient, user),
  });
}
