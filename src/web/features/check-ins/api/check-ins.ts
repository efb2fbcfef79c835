import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CheckIn,
  CheckInForm,
  CheckInInput,
  CheckInList,
  CheckInReply,
  CheckInSchedule,
  CheckInScheduleInput,
} from "../../../../contract/check-ins";
import { apiRequest } from "../../../lib/api-client";

/** The form a mailed link opens: the link's token names it, no account is needed. */
const linkKey = (token: string) => ["check-in-link", token] as const;
const historyKey = (engagementId: string) => ["check-ins", engagementId] as const;
const scheduleKey = (engagementId: string) => ["check-in-schedule", engagementId] as const;
const linkUrl = (token: string) => `/api/check-in/${encodeURIComponent(token)}`;

export function useCheckInForm(token: string) {
  return useQuery({
    queryKey: linkKey(token),
    queryFn: () => apiRequest<CheckInForm>(linkUrl(token)),
    // The person is typing into the form: a background refetch must not pull it away.
    refetchOnWindowFocus: false,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useSubmitCheckIn(token: string) {
  return useMutation({
    mutationFn: (input: CheckInInput) =>
      apiRequest<CheckIn>(linkUrl(token), { method: "POST", body: input }),
  });
}

export function useCheckIns(engagementId: string, enabled = true) {
  return useQuery({
    queryKey: historyKey(engagementId),
    queryFn: () => apiRequest<CheckInList>(`/api/engagements/${engagementId}/check-ins`),
    enabled,
  });
}

export function useCheckInSchedule(engagementId: string, enabled = true) {
  return useQuery({
    queryKey: scheduleKey(engagementId),
    queryFn: () =>
      apiRequest<CheckInSchedule>(`/api/engagements/${engagementId}/check-in-schedule`),
    enabled,
  });
}

export function useSaveCheckInSchedule(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CheckInScheduleInput) =>
      apiRequest<CheckInSchedule>(`/api/engagements/${engagementId}/check-in-schedule`, {
        method: "PUT",
        body: input,
      }),
    onSuccess: (saved) => queryClient.setQueryData(scheduleKey(engagementId), saved),
  });
}

export function useReplyToCheckIn(engagementId: string, checkInId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      apiRequest<CheckInReply>(`/api/check-ins/${checkInId}/replies`, {
        method: "POST",
        body: { text },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: historyKey(engagementId) }),
  });
}

/** The signed-in client's form for this week; fetched when they choose to check in. */
export function useAppCheckInForm(engagementId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["check-in-form", engagementId] as const,
    queryFn: () => apiRequest<CheckInForm>(`/api/engagements/${engagementId}/check-in-form`),
    enabled,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

export function useCheckInFromApp(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CheckInInput) =>
      apiRequest<CheckIn>(`/api/engagements/${engagementId}/check-ins`, {
        method: "POST",
        body: input,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: historyKey(engagementId) });
      void queryClient.invalidateQueries({ queryKey: ["check-in-form", engagementId] });
      // Commitments ticked done leave the to-do list.
      void queryClient.invalidateQueries({ queryKey: ["commitments"] });
    },
  });
}
