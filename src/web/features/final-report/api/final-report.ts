import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  FinalReport,
  SharedReport,
  SharingInput,
  SharingView,
} from "../../../../contract/final-report";
import { apiRequest } from "../../../lib/api-client";

// The final report, what the client shares of it with the sponsor (and the sponsor's reads), and
// the report as the sponsor sees it.

const base = (engagementId: string) => `/api/engagements/${encodeURIComponent(engagementId)}`;

/** The page of the final report, in the web app. */
export const finalReportPath = (engagementId: string) =>
  `/engagements/${engagementId}/final-report`;

export const finalReportPdfUrl = (engagementId: string) => `${base(engagementId)}/final-report.pdf`;

export function useFinalReport(engagementId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: ["final-report", engagementId],
    queryFn: () => apiRequest<FinalReport>(`${base(engagementId)}/final-report`),
    enabled,
  });
}

const sharingKey = (engagementId: string) => ["report-sharing", engagementId] as const;

export function useReportSharing(engagementId: string) {
  return useQuery({
    queryKey: sharingKey(engagementId),
    queryFn: () => apiRequest<SharingView>(`${base(engagementId)}/report-sharing`),
  });
}

export function useSaveSharing(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SharingInput) =>
      apiRequest<SharingView>(`${base(engagementId)}/report-sharing`, { method: "PUT", body }),
    onSuccess: (view) => {
      queryClient.setQueryData(sharingKey(engagementId), view);
      void queryClient.invalidateQueries({ queryKey: ["final-report", engagementId] });
    },
  });
}

/** The report as the sponsor sees it; a sponsor's read is logged for the client. */
export function useSharedReport(engagementId: string) {
  return useQuery({
    queryKey: ["shared-report", engagementId],
    queryFn: () => apiRequest<SharedReport>(`${base(engagementId)}/shared-report`),
  });
}
