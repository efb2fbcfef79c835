import { useMutation, useQueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import { apiRequest } from "../../../lib/api-client";
import type { Me } from "../../../lib/api-types";
import { emailField } from "../../../lib/form-schemas";
import { setSessionUser } from "../../../lib/use-me";

export const signInSchema = z.object({
  email: emailField(),
  password: z.string("Enter your password").check(z.minLength(1, "Enter your password")),
});

export type SignInInput = z.infer<typeof signInSchema>;

export function signIn(input: SignInInput): Promise<{ user: Me }> {
  return apiRequest("/api/auth/sign-in", { method: "POST", body: input });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: ({ user }) => setSessionUser(queryClient, user),
  });
}
