import { useMutation, useQueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import type { SignUpBody, UserResponse } from "../../../../contract/accounts";
import { apiRequest } from "../../../lib/api-client";
import { emailField, newPassword, practiceName, requiredText } from "../../../lib/form-schemas";
import { setSessionUser } from "../../../lib/use-me";

export const signUpSchema = z.object({
  name: requiredText("Enter your name"),
  email: emailField(),
  password: newPassword(),
  practiceName: practiceName(),
});

export function signUp(input: SignUpBody): Promise<UserResponse> {
  return apiRequest("/api/auth/sign-up", { method: "POST", body: input });
}

/** Creates a coach's account and practice, and signs them in. */
export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signUp,
    onSuccess: ({ user }) => setSessionUser(queryClient, user),
  });
}
