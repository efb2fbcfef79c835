import { useMutation } from "@tanstack/react-query";
import type { ErasureBody, ErasureResult } from "../../../../contract/data-rights";
import { apiRequest } from "../../../lib/api-client";

/**
 * The admin erases a client who has left. Nothing cached is refreshed here: the page says it is
 * done, and leaving it reloads the app, so no list still names them.
 */
export function useEraseClient(clientId: string) {
  return useMutation({
    mutationFn: (input: ErasureBody): Promise<ErasureResult> =>
      apiRequest(`/api/clients/${encodeURIComponent(clientId)}/erasure`, {
        method: "POST",
        body: input,
      }),
  });
}
