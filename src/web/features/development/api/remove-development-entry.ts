import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { DevelopmentProfile } from "../../../../contract/development";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type RemoveEntryInput = { engagementId: string; id: string };

export function removeDevelopmentEntry({ id }: RemoveEntryInput) {
  return apiRequest<void>(`/api/development-entries/${encodeURIComponent(id)}`, {
    method: "DELETE",
  });
}

/**
 * Removes an entry. It leaves the profile at once; the profile is then reloaded, since an entry
 * accepted from a proposal puts that proposal back among the suggestions.
 */
export function useRemoveDevelopmentEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeDevelopmentEntry,
    onSuccess: (_, { engagementId, id }) => {
      queryClient.setQueryData<DevelopmentProfile>(
        queryKeys.developmentProfile(engagementId),
        (profile) => profile && { ...profile, entries: profile.entries.filter((e) => e.id !== id) },
      );
      void queryClient.invalidateQueries({
        queryKey: queryKeys.developmentProfile(engagementId),
      });
    },
    onError: (error, { engagementId }) => {
      if (isApiError(error, 404))
        void queryClient.invalidateQueries({
          queryKey: queryKeys.developmentProfile(engagementId),
        });
    },
  });
}
