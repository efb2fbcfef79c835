import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ErasureBody, ErasureResult } from "../../../../contract/data-rights";
import { apiRequest } from "../../../lib/api-client";

import { setSessionUser } from "../../../lib/use-me";

/** The download of everything Keel holds about the signed-in person (a JSON file). */
export const EXPORT_URL = "/api/me/export";

/** Erases the signed-in client; afterwards nobody is signed in and nothing cached is kept. */
export function useEraseMyData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ErasureBody): Promise<ErasureResult> =>
      apiRequest("/api/me/erasure", { method: "POST", body: input }),
    onSuccess: () => setSessionUser(queryClient, null),
  });
}
