import { useMutation, useQueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import {
  ERASURE_CONFIRMATION,
  type ErasureBody,
  type ErasureResult,
} from "../../../../contract/data-rights";
import { apiRequest } from "../../../lib/api-client";
import { setSessionUser } from "../../../lib/use-me";

/** The download of everything Keel holds about the signed-in person (a JSON file). */
export const EXPORT_URL = "/api/me/export";

export const erasureSchema = z.object({
  password: z.string("Enter your password").check(z.minLength(1, "Enter your password")),
  confirmation: z.string(`Type "${ERASURE_CONFIRMATION}"`).check(
    z.refine((typed) => typed.trim().toLowerCase() === ERASURE_CONFIRMATION, {
      message: `Type "${ERASURE_CONFIRMATION}" to confirm`,
    }),
  ),
});

/** Erases the signed-in client; afterwards nobody is signed in and nothing cached is kept. */
export function useEraseMyData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ErasureBody): Promise<ErasureResult> =>
      apiRequest("/api/me/erasure", { method: "POST", body: input }),
    onSuccess: () => setSessionUser(queryClient, null),
  });
}
