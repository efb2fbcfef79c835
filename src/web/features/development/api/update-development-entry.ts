import { useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  DevelopmentEntry,
  DevelopmentProfile,
  UpdateEntryBody,
} from "../../../../contract/development";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type UpdateEntryInput = { engagementId: string; id: string } & UpdateEntryBody;

export function updateDevelopmentEntry({
  engagementId: _,
  id,
  ...changes
}: UpdateEntryInput): Promise<DevelopmentEntry> {
  return apiRequest(`/api/development-entries/${encodeURIComponent(id)}`, {
    method: "PATCH",
    body: changes,
  });
}

/**
 * Changes an entry's kind, title or detail; a 404 (removed meanwhile) reloads the profile.
 * `onSaved` runs even when the form that asked has gone: a new kind moves the entry to another
 * section, and its card with it.
 */
export function useUpdateDevelopmentEntry({
  onSaved,
}: {
  onSaved?: (entry: DevelopmentEntry, input: UpdateEntryInput) => void;
} = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDevelopmentEntry,
    onSuccess: (entry, input) => {
      const { engagementId } = input;
      queryClient.setQueryData<DevelopmentProfile>(
        queryKeys.developmentProfile(engagementId),
        (profile) =>
          profile && {
            ...profile,
            entries: profile.entries.map((e) => (e.id === entry.id ? entry : e)),
          },
      );
      void queryClient.invalidateQueries({
        queryKey: queryKeys.developmentProfile(engagementId),
      });
      onSaved?.(entry, input);
    },
    onError: (error, { engagementId }) => {
      if (isApiError(error, 404))
        void queryClient.invalidateQueries({
          queryKey: queryKeys.developmentProfile(engagementId),
        });
    },
  });
}
