import { useQuery } from "@tanstack/react-query";
import type { ChangeReport } from "../../../../contract/change-report";
import { apiRequest } from "../../../lib/api-client";

// The change report (decision 025): the client's and their coach's only.

export const changeReportPath = (engagementId: string) =>
  `/api/engagements/${encodeURIComponent(engagementId)}/change-report`;

export function fetchChangeReport(engagementId: string): Promise<ChangeReport> {
  return apiRequest<ChangeReport>(changeReportPath(engagementId));
}

export function useChangeReport(engagementId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: ["change-report", engagementId],
    queryFn: () => fetchChangeReport(engagementId),
    enabled,
  });
}
