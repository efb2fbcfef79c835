import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { PlanView, SavePlanBody, stalePlan } from "../../../../contract/goals";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { goalKeys } from "./goals";
import { planKeys } from "./plan-keys";

/** The 409 of a save on a version someone else replaced meanwhile: nothing was saved. */
export type StalePlan = z.output<typeof stalePlan>;

export function savePlan(goalId: string, body: SavePlanBody): Promise<PlanView> {
  return apiRequest(`/api/goals/${encodeURIComponent(goalId)}/plan`, { method: "PUT", body });
}

/** The newer version and the items both changed, when a save was refused as stale. */
export function staleOf(error: unknown): StalePlan | null {
  if (!isApiError(error, 409) || error.code !== "stale_version") return null;
  const body = error.body as Partial<StalePlan> | undefined;
  return body?.latest && body.conflictingItems ? (body as StalePlan) : null;
}

/** Saves the plan as a new version and refreshes the plan, its versions and the goal. */
export function useSavePlan(goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SavePlanBody) => savePlan(goalId, body),
    onSuccess: (view) => refreshPlan(queryClient, goalId, view),
    onError: (error) => {
      if (staleOf(error))
        void queryClient.invalidateQueries({ queryKey: planKeys.current(goalId) });
    },
  });
}

export function refreshPlan(
  queryClient: ReturnType<typeof useQueryClient>,
  goalId: string,
  view: PlanView,
): void {
  queryClient.setQueryData(planKeys.current(goalId), view);
  void queryClient.invalidateQueries({ queryKey: planKeys.versions(goalId) });
  // The goal shows its plan's version; its page's queries read it again.
  void queryClient.invalidateQueries({ queryKey: goalKeys.all });
}
