import { useQuery } from "@tanstack/react-query";
import type { DueThisWeekView, GoalsAtRiskList } from "../../../../contract/goals";
import { apiRequest } from "../../../lib/api-client";
import { goalKeys } from "./goals";

/** The reader's own time zone: the week and a cadence's days are counted in it. */
function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** What is due this week across an engagement's open goals (its client and coach only). */
export function useDueThisWeek(engagementId: string, { enabled = true } = {}) {
  const timeZone = readerTimeZone();
  return useQuery({
    enabled,
    queryKey: [...goalKeys.all, "due-this-week", engagementId, timeZone],
    queryFn: () =>
      apiRequest<DueThisWeekView>(
        `/api/engagements/${encodeURIComponent(engagementId)}/due-this-week?timeZone=${encodeURIComponent(timeZone)}`,
      ),
  });
}

/** The coach's own clients' goals at risk or off track. */
export function useGoalsAtRisk() {
  return useQuery({
    queryKey: [...goalKeys.all, "at-risk"],
    queryFn: () => apiRequest<GoalsAtRiskList>("/api/coach/goals-at-risk"),
  });
}
