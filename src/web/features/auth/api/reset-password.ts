import { useMutation } from "@tanstack/react-query";
import * as z from "zod/mini";
import { apiRequest } from "../../../lib/api-client";
import { newPassword } from "../../../lib/form-schemas";

export const resetPasswordSchema = z.object({
  password: newPassword(),
});

export type ResetPasswordInput = { token: string; password: string };

export function resetPassword(input: ResetPasswordInput): Promise<void> {
  return apiRequest("/api/auth/reset-password", { method: "POST", body: input });
}

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
