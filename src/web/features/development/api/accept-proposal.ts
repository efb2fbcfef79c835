import { useMutation, useQueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import type {
  CreateEntryBody,
  DevelopmentEntry,
  DevelopmentProfile,
  Proposal,
} from "../../../../contract/development";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { entryDetailField, entryTitleField } from "./entry-schema";

/** The words of a proposal as the client or coach may reword them before accepting it. */
export const acceptProposalSchema = z.object({ title: entryTitleField, detail: entryDetailField });

export type AcceptProposalInput = {
  engagementId: string;
  proposal: Proposal;
  title: string;
  detail: string;
};

/** Accepting sends the proposal's key: the server attaches its evidence to the new entry. */
export function acceptProposal({
  engagementId,
  proposal,
  title,
  detail,
}: AcceptProposalInput): Promise<DevelopmentEntry> {
  return apiRequest(
    `/api/engagements/${encodeURIComponent(engagementId)}/development-profile/entries`,
    {
      method: "POST",
      body: {
        kind: proposal.kind,
        title,
        detail,
        proposalKey: proposal.key,
      } satisfies CreateEntryBody,
    },
  );
}

/**
 * Accepts a proposal. The entry joins the profile and the proposal leaves the list at once; a 409
 * (someone else accepted it meanwhile) or a proposal the evidence no longer supports reloads it.
 */
export function useAcceptProposal({
  onAccepted,
}: {
  /** Runs even though the proposal's card leaves the list with the success. */
  onAccepted?: (entry: DevelopmentEntry, input: AcceptProposalInput) => void;
} = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptProposal,
    onSuccess: (entry, input) => {
      const { engagementId, proposal } = input;
      queryClient.setQueryData<DevelopmentProfile>(
        queryKeys.developmentProfile(engagementId),
        (profile) =>
          profile && {
            ...profile,
            entries: [...profile.entries, entry],
            proposals: profile.proposals.filter((p) => p.key !== proposal.key),
          },
      );
      void queryClient.invalidateQueries({
        queryKey: queryKeys.developmentProfile(engagementId),
      });
      onAccepted?.(entry, input);
    },
    onError: (error, { engagementId }) => {
      if (isApiError(error, 409) || isApiError(error, 400))
        void queryClient.invalidateQueries({
          queryKey: queryKeys.developmentProfile(engagementId),
        });
    },
  });
}

/** What went wrong with an accept or a dismissal, in words for the person who tried. */
export function proposalErrorMessage(error: unknown): string | null {
  if (!error) return null;
  if (isApiError(error, 409)) return "This suggestion is already in the profile.";
  if (isApiError(error, 400) && error.fields.some((f) => f.path.endsWith("proposalKey")))
    return "The evidence behind this suggestion has changed, so it no longer applies. We've reloaded the suggestions.";
  return null;
}
