import { useMutation } from "@tanstack/react-query";
import * as z from "zod/mini";
import type { ForgotPasswordAnswer, ForgotPasswordBody } from "../../../../contract/accounts";
import { apiRequest } from "../../../lib/api-client";
import { emailField } from "../../../lib/form-schemas";

export const forgotPasswordSchema = z.object({ email: emailField() });

/** Asks for a reset link; the API answers the same whether or not the account exists. */
export function requestPasswordReset(input: ForgotPasswordBody): Promise<ForgotPasswordAnswer> {
  return apiRequest("/api/auth/forgot-password", { method: "POST", body: input });
}

export function useForgotPassword() {
  return useMutation({ mutationFn: requestPasswordReset });
}
