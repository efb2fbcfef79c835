import { useMutation } from "@tanstack/react-query";
import * as z from "zod/mini";
import type { ResetPasswordBody } from "../../../../contract/accounts";
import { apiRequest } from "../../../lib/api-client";
import { newPassword } from "../../../lib/form-schemas";

export const resetPasswordSchema = z.object({
  password: newPassword(),
});

export function resetPassword(input: ResetPasswordBody): Promise<void> {
  return apiRequest("/api/auth/reset-password", { method: "POST", body: input });
}

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
