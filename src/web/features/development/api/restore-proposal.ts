import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { DevelopmentProfile } from "../../../../contract/development";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { withProposalMoved } from "./move-proposal";

export type RestoreProposalInput = { engagementId: string; proposalKey: string };

export function restoreProposal({ engagementId, proposalKey }: RestoreProposalInput) {
  return apiRequest<void>(
    `/api/engagements/${encodeURIComponent(engagementId)}/development-profile/dismissals/${encodeURIComponent(proposalKey)}`,
    { method: "DELETE" },
  );
}

/** Brings a suggestion that was set aside back among the suggestions. */
export function useRestoreProposal({
  onRestored,
}: {
  onRestored?: (input: RestoreProposalInput) => void;
} = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreProposal,
    onSuccess: (_, input) => {
      const { engagementId, proposalKey } = input;
      queryClient.setQueryData<DevelopmentProfile>(
        queryKeys.developmentProfile(engagementId),
        (profile) => withProposalMoved(profile, proposalKey, "setAside", "proposals"),
      );
      void queryClient.invalidateQueries({
        queryKey: queryKeys.developmentProfile(engagementId),
      });
      onRestored?.(input);
    },
  });
}
