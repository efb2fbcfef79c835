import { useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  CreateEntryBody,
  DevelopmentEntry,
  DevelopmentProfile,
} from "../../../../contract/development";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type AddEntryInput = { engagementId: string } & CreateEntryBody;

export function addDevelopmentEntry({
  engagementId,
  ...body
}: AddEntryInput): Promise<DevelopmentEntry> {
  return apiRequest(
    `/api/engagements/${encodeURIComponent(engagementId)}/development-profile/entries`,
    { method: "POST", body },
  );
}

/** Adds an entry someone wrote themselves (client or coach); the profile shows it at once. */
export function useAddDevelopmentEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addDevelopmentEntry,
    onSuccess: (entry, { engagementId }) => {
      queryClient.setQueryData<DevelopmentProfile>(
        queryKeys.developmentProfile(engagementId),
        (profile) => profile && { ...profile, entries: [...profile.entries, entry] },
      );
      void queryClient.invalidateQueries({
        queryKey: queryKeys.developmentProfile(engagementId),
      });
    },
  });
}
