import { useQuery } from "@tanstack/react-query";
import type { PlanView } from "../../../../contract/goals";
import { apiRequest } from "../../../lib/api-client";
import { planKeys } from "./plan-keys";

export function getPlan(goalId: string): Promise<PlanView> {
  return apiRequest(`/api/goals/${encodeURIComponent(goalId)}/plan`);
}

/** The goal's plan as now: version 0, empty, before anyone saved one. */
export function useGoalPlanQuery(goalId: string) {
  return useQuery({ queryKey: planKeys.current(goalId), queryFn: () => getPlan(goalId) });
}
