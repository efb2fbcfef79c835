import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  EarlyWarningSettings,
  ThresholdSettingsBody,
} from "../../../../contract/accountability";
import { apiRequest } from "../../../lib/api-client";

const keys = {
  practice: ["accountability", "early-warnings", "practice"] as const,
  engagement: (id: string) => ["accountability", "early-warnings", "engagement", id] as const,
};
const riskList = ["accountability", "clients-at-risk"];

/** The practice's thresholds (any of its coaches reads them). */
export function usePracticeEarlyWarnings() {
  return useQuery({
    queryKey: keys.practice,
    queryFn: () => apiRequest<EarlyWarningSettings>("/api/practice/early-warnings"),
  });
}

/** Replaces the practice's thresholds (its admin); engagements and the risk list follow. */
export function useSavePracticeEarlyWarnings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ThresholdSettingsBody) =>
      apiRequest<EarlyWarningSettings>("/api/practice/early-warnings", { method: "PUT", body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.practice, saved);
      void queryClient.invalidateQueries({ queryKey: ["accountability"] });
    },
  });
}

/** One engagement's thresholds (its coach). */
export function useEngagementEarlyWarnings(engagementId: string) {
  return useQuery({
    queryKey: keys.engagement(engagementId),
    queryFn: () =>
      apiRequest<EarlyWarningSettings>(`/api/engagements/${engagementId}/early-warnings`),
  });
}

/** Replaces the engagement's thresholds (its coach); the risk list is read again. */
export function useSaveEngagementEarlyWarnings(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ThresholdSettingsBody) =>
      apiRequest<EarlyWarningSettings>(`/api/engagements/${engagementId}/early-warnings`, {
        method: "PUT",
        body,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.engagement(engagementId), saved);
      void queryClient.invalidateQueries({ queryKey: riskList });
    },
  });
}
