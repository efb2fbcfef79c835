import { useQuery } from "@tanstack/react-query";
import type { PlanComparison } from "../../../../contract/goals";
import { apiRequest } from "../../../lib/api-client";
import { planKeys } from "./plan-keys";

export function comparePlanVersions(
  goalId: string,
  from: number,
  to: number,
): Promise<PlanComparison> {
  const query = new URLSearchParams({ from: String(from), to: String(to) });
  return apiRequest(`/api/goals/${encodeURIComponent(goalId)}/plan/compare?${query}`);
}

/** Two versions side by side; versions never change, so a comparison is read once. */
export function usePlanComparison(goalId: string, versions: { from: number; to: number } | null) {
  const { from = 0, to = 0 } = versions ?? {};
  return useQuery({
    queryKey: planKeys.comparison(goalId, from, to),
    queryFn: () => comparePlanVersions(goalId, from, to),
    enabled: versions !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
