import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ImportBody, ImportResult } from "../../../../contract/programmes";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { programmeKeys, programmePath } from "./programme-keys";

/**
 * Saves and invites every row of the file in one transaction: all of them, or none when any row
 * has a problem (400 import_has_problems).
 */
export function commitImport(programmeId: string, body: ImportBody): Promise<ImportResult> {
  return apiRequest(`${programmePath(programmeId)}/import`, { method: "POST", body });
}

export function useCommitImport(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportBody) => commitImport(programmeId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: programmeKeys.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.invitations });
      void queryClient.invalidateQueries({ queryKey: queryKeys.outbox });
    },
  });
}
