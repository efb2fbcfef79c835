import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  PulseAnswersBody,
  PulseOverview,
  PulseQuestionsInput,
  PulseSettingsInput,
  PulseSurvey,
  SavedPulseAnswers,
  StakeholderInput,
} from "../../../../contract/pulses";
import { apiRequest } from "../../../lib/api-client";

const overviewKey = (engagementId: string) => ["pulses", engagementId] as const;
const surveyKey = (token: string) => ["pulse-survey", token] as const;
const surveyUrl = (token: string) => `/api/pulse/${encodeURIComponent(token)}`;

export function usePulses(engagementId: string, enabled = true) {
  return useQuery({
    queryKey: overviewKey(engagementId),
    queryFn: () => apiRequest<PulseOverview>(`/api/engagements/${engagementId}/pulses`),
    enabled,
  });
}

/** Every change answers with the whole overview, which replaces the one shown. */
function usePulseChange<Input>(
  engagementId: string,
  request: (input: Input) => { path: string; method: "POST" | "PUT" | "DELETE"; body?: unknown },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => {
      const { path, method, body } = request(input);
      return apiRequest<PulseOverview>(path, { method, ...(body === undefined ? {} : { body }) });
    },
    onSuccess: (overview) => queryClient.setQueryData(overviewKey(engagementId), overview),
  });
}

export const useSavePulseSettings = (engagementId: string) =>
  usePulseChange(engagementId, (body: PulseSettingsInput) => ({
    path: `/api/engagements/${engagementId}/pulse-settings`,
    method: "PUT",
    body,
  }));

export const useSavePulseQuestions = (engagementId: string) =>
  usePulseChange(engagementId, (body: PulseQuestionsInput) => ({
    path: `/api/engagements/${engagementId}/pulse-questions`,
    method: "PUT",
    body,
  }));

export const useAddStakeholder = (engagementId: string) =>
  usePulseChange(engagementId, (body: StakeholderInput) => ({
    path: `/api/engagements/${engagementId}/pulse-stakeholders`,
    method: "POST",
    body,
  }));

export const useApproveStakeholder = (engagementId: string) =>
  usePulseChange(engagementId, (stakeholderId: string) => ({
    path: `/api/pulse-stakeholders/${stakeholderId}/approve`,
    method: "POST",
  }));

export const useRemoveStakeholder = (engagementId: string) =>
  usePulseChange(engagementId, (stakeholderId: string) => ({
    path: `/api/pulse-stakeholders/${stakeholderId}`,
    method: "DELETE",
  }));

export const useSendPulseRound = (engagementId: string) =>
  usePulseChange(engagementId, (_: undefined) => ({
    path: `/api/engagements/${engagementId}/pulse-rounds`,
    method: "POST",
  }));

export function usePulseSurvey(token: string) {
  return useQuery({
    queryKey: surveyKey(token),
    queryFn: () => apiRequest<PulseSurvey>(surveyUrl(token)),
    // The stakeholder is answering: a background refetch must not pull the form away.
    refetchOnWindowFocus: false,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useSavePulseAnswers(token: string) {
  return useMutation({
    mutationFn: (body: PulseAnswersBody) =>
      apiRequest<SavedPulseAnswers>(`${surveyUrl(token)}/answers`, { method: "PUT", body }),
  });
}

export function useSubmitPulse(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<PulseSurvey>(`${surveyUrl(token)}/submit`, { method: "POST" }),
    onSuccess: (view) => queryClient.setQueryData(surveyKey(token), view),
  });
}
