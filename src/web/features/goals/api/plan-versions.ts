import { useQuery } from "@tanstack/react-query";
import type { PlanVersionFacts } from "../../../../contract/goals";
import { apiRequest } from "../../../lib/api-client";
import { planKeys } from "./plan-keys";

export function listPlanVersions(goalId: string): Promise<PlanVersionFacts[]> {
  return apiRequest(`/api/goals/${encodeURIComponent(goalId)}/plan/versions`);
}

/** Every saved version, newest first: who, when and why. */
export function usePlanVersions(goalId: string) {
  return useQuery({
    queryKey: planKeys.versions(goalId),
    queryFn: () => listPlanVersions(goalId),
  });
}
