import { useMutation } from "@tanstack/react-query";
import * as z from "zod/mini";
import { apiRequest } from "../../../lib/api-client";
import { emailField } from "../../../lib/form-schemas";

export const forgotPasswordSchema = z.object({ email: emailField() });

export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

/** Asks for a reset link; the API answers the same whether or not the account exists. */
export function requestPasswordReset(input: ForgotPasswordInput): Promise<{ ok: true }> {
  return apiRequest("/api/auth/forgot-password", { method: "POST", body: input });
}

export function useForgotPassword() {
  return useMutation({ mutationFn: requestPasswordReset });
}
