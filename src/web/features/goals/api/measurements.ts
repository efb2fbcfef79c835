import { useMutation } from "@tanstack/react-query";
import type { AddMeasurementBody, Goal } from "../../../../contract/goals";
import { apiRequest } from "../../../lib/api-client";
import { useStoreGoal } from "./goals";

export type AddMeasurementInput = { goalId: string } & AddMeasurementBody;

/** Records the next measurement; the answer is the goal with its new status. */
export function useAddMeasurement() {
  const store = useStoreGoal();
  return useMutation({
    mutationFn: ({ goalId, ...body }: AddMeasurementInput) =>
      apiRequest<Goal>(`/api/goals/${encodeURIComponent(goalId)}/measurements`, {
        method: "POST",
        body,
      }),
    onSuccess: store,
  });
}

/** Withdraws a measurement (it is kept, marked withdrawn); the goal is read again. */
export function useWithdrawMeasurement(goal: Goal) {
  const store = useStoreGoal();
  return useMutation({
    mutationFn: async (measurementId: string) => {
      await apiRequest(`/api/goal-measurements/${encodeURIComponent(measurementId)}`, {
        method: "DELETE",
      });
      return apiRequest<Goal>(`/api/goals/${encodeURIComponent(goal.id)}`);
    },
    onSuccess: store,
  });
}
