import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { DevelopmentProfile } from "../../../../contract/development";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { withProposalMoved } from "./move-proposal";

export type DismissProposalInput = { engagementId: string; proposalKey: string };

export function dismissProposal({ engagementId, proposalKey }: DismissProposalInput) {
  return apiRequest<void>(
    `/api/engagements/${encodeURIComponent(engagementId)}/development-profile/dismissals`,
    { method: "POST", body: { proposalKey } },
  );
}

/** Sets a proposal aside: it leaves the suggestions at once for the list of those set aside. */
export function useDismissProposal({
  onDismissed,
}: {
  /** Runs even though the proposal's card leaves the list with the success. */
  onDismissed?: (input: DismissProposalInput) => void;
} = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: dismissProposal,
    onSuccess: (_, input) => {
      const { engagementId, proposalKey } = input;
      queryClient.setQueryData<DevelopmentProfile>(
        queryKeys.developmentProfile(engagementId),
        (profile) => withProposalMoved(profile, proposalKey, "proposals", "setAside"),
      );
      void queryClient.invalidateQueries({
        queryKey: queryKeys.developmentProfile(engagementId),
      });
      onDismissed?.(input);
    },
    onError: (error, { engagementId }) => {
      if (isApiError(error, 400))
        void queryClient.invalidateQueries({
          queryKey: queryKeys.developmentProfile(engagementId),
        });
    },
  });
}
