import { useQuery } from "@tanstack/react-query";
import type { FeedbackReport } from "../../../../domain/feedback/report-types";
import { apiRequest } from "../../../lib/api-client";
import { feedbackKeys } from "./feedback-keys";

/**
 * The 360 report: the coach's preview once the campaign is closed, the frozen copy once released
 * (403 for the client before release).
 */
export function getReport(campaignId: string): Promise<FeedbackReport> {
  return apiRequest(`/api/feedback-campaigns/${encodeURIComponent(campaignId)}/report`);
}

export function useReport(campaignId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: feedbackKeys.report(campaignId),
    queryFn: () => getReport(campaignId),
    enabled,
  });
}

/** The PDF of the same report, as a download. */
export function reportPdfUrl(campaignId: string): string {
  return `/api/feedback-campaigns/${encodeURIComponent(campaignId)}/report.pdf`;
}
