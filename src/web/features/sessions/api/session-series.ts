import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  SeriesInput,
  SeriesPreview,
  SeriesPreviewQuery,
  SeriesSummary,
} from "../../../../contract/session-series";
import { apiRequest } from "../../../lib/api-client";
import { engagementPath, sessionKeys } from "./session-keys";

/** The dates a rule gives, each marked when the coach is taken; nothing is saved. */
export function useSeriesPreview(engagementId: string, pattern: SeriesPreviewQuery | null) {
  const query = new URLSearchParams(pattern ?? {});
  return useQuery({
    queryKey: [...sessionKeys.ofEngagement(engagementId), "series-preview", query.toString()],
    queryFn: (): Promise<SeriesPreview> =>
      apiRequest(`${engagementPath(engagementId)}/series/preview?${query.toString()}`),
    enabled: pattern !== null,
    retry: false,
  });
}

/** Schedules every session of the series at once, or none. */
export function useScheduleSeries(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SeriesInput): Promise<SeriesSummary> =>
      apiRequest(`${engagementPath(engagementId)}/series`, { method: "POST", body }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}

/** Cancels every session of the series not yet begun. */
export function useCancelSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (seriesId: string): Promise<SeriesSummary> =>
      apiRequest(`/api/series/${encodeURIComponent(seriesId)}/cancel`, {
        method: "POST",
        body: {},
      }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}
