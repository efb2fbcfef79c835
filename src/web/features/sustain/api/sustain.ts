import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  SustainCheckInForm,
  SustainCheckInInput,
  SustainCheckInSent,
  SustainChoicesInput,
  SustainPlan,
  SustainPlanInput,
} from "../../../../contract/sustain";
import { apiRequest } from "../../../lib/api-client";

const planKey = (engagementId: string) => ["sustain-plan", engagementId] as const;
const planUrl = (engagementId: string) => `/api/engagements/${engagementId}/sustain-plan`;
const linkUrl = (token: string) => `/api/sustain-check-in/${encodeURIComponent(token)}`;

export function useSustainPlan(engagementId: string, enabled = true) {
  return useQuery({
    queryKey: planKey(engagementId),
    queryFn: () => apiRequest<SustainPlan>(planUrl(engagementId)),
    enabled,
  });
}

export function useSaveSustainPlan(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SustainPlanInput) =>
      apiRequest<SustainPlan>(planUrl(engagementId), { method: "PUT", body: input }),
    onSuccess: (saved) => queryClient.setQueryData(planKey(engagementId), saved),
  });
}

export function useSaveSustainChoices(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SustainChoicesInput) =>
      apiRequest<SustainPlan>(`${planUrl(engagementId)}/choices`, { method: "PUT", body: input }),
    onSuccess: (saved) => queryClient.setQueryData(planKey(engagementId), saved),
  });
}

/** The self check-in a mailed link opens: the token names it, no account is needed. */
export function useSustainCheckInForm(token: string) {
  return useQuery({
    queryKey: ["sustain-check-in", token] as const,
    queryFn: () => apiRequest<SustainCheckInForm>(linkUrl(token)),
    // The person is answering: a background refetch must not pull the form away.
    refetchOnWindowFocus: false,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useSendSustainCheckIn(token: string) {
  return useMutation({
    mutationFn: (input: SustainCheckInInput) =>
      apiRequest<SustainCheckInSent>(linkUrl(token), { method: "POST", body: input }),
  });
}
