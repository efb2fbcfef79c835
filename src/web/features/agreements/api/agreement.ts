import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AgreementView,
  DraftAgreementBody,
  SponsorConsentBody,
  SponsorEngagementViewResponse,
} from "../../../../contract/agreements";
import { apiRequest } from "../../../lib/api-client";

// The engagement's three-way agreement, and what its sponsor sees (docs/decisions/031).

const base = (engagementId: string) => `/api/engagements/${encodeURIComponent(engagementId)}`;
const agreementKey = (engagementId: string) => ["agreement", engagementId] as const;
const viewKey = (engagementId: string) => ["sponsor-view", engagementId] as const;

export function useAgreement(engagementId: string, enabled = true) {
  return useQuery({
    queryKey: agreementKey(engagementId),
    queryFn: () => apiRequest<AgreementView>(`${base(engagementId)}/agreement`),
    enabled,
  });
}

function useAgreementChange<Body>(engagementId: string, path: string, method: "PUT" | "POST") {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) =>
      apiRequest<AgreementView>(`${base(engagementId)}/${path}`, { method, body }),
    onSuccess: (view) => {
      queryClient.setQueryData(agreementKey(engagementId), view);
      void queryClient.invalidateQueries({ queryKey: viewKey(engagementId) });
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: agreementKey(engagementId) }),
  });
}

export const useDraftAgreement = (engagementId: string) =>
  useAgreementChange<DraftAgreementBody>(engagementId, "agreement", "PUT");

export const useAcceptAgreement = (engagementId: string) =>
  useAgreementChange<{ revision: number }>(engagementId, "agreement/accept", "POST");

/** What the sponsor sees; a read by the sponsor is logged for the client to see. */
export function useSponsorView(engagementId: string, enabled = true) {
  return useQuery({
    queryKey: viewKey(engagementId),
    queryFn: () => apiRequest<SponsorEngagementViewResponse>(`${base(engagementId)}/sponsor-view`),
    enabled,
    // Each read by the sponsor is logged: read when the page opens, not each time it regains focus.
    refetchOnWindowFocus: false,
  });
}

export function useSaveConsent(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SponsorConsentBody) =>
      apiRequest<SponsorEngagementViewResponse>(`${base(engagementId)}/sponsor-consent`, {
        method: "PUT",
        body,
      }),
    onSuccess: (view) => {
      queryClient.setQueryData(viewKey(engagementId), view);
      void queryClient.invalidateQueries({ queryKey: ["report-sharing", engagementId] });
    },
  });
}
