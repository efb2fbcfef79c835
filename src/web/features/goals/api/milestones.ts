import { useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  AddMilestoneBody,
  Goal,
  Milestone,
  UpdateMilestoneBody,
} from "../../../../contract/goals";
import { apiRequest } from "../../../lib/api-client";
import { goalKeys, refreshGoalLists } from "./goals";

/** After any change to a goal's milestones: read the goal (and the lists showing it) again. */
function useRefreshGoal(goal: Goal) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: goalKeys.goal(goal.id) });
    refreshGoalLists(queryClient, goal.engagementId);
  };
}

export function useAddMilestone(goal: Goal) {
  return useMutation({
    mutationFn: (body: AddMilestoneBody) =>
      apiRequest(`/api/goals/${encodeURIComponent(goal.id)}/milestones`, { method: "POST", body }),
    onSuccess: useRefreshGoal(goal),
  });
}

/** Ticks, renames or moves a milestone; the goal shows the change before it is read again. */
export function useUpdateMilestone(goal: Goal) {
  const queryClient = useQueryClient();
  const refresh = useRefreshGoal(goal);
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string } & UpdateMilestoneBody) =>
      apiRequest<Milestone>(`/api/goal-milestones/${encodeURIComponent(id)}`, {
        method: "PATCH",
        body,
      }),
    onSuccess: (milestone) =>
      queryClient.setQueryData<Goal>(
        goalKeys.goal(goal.id),
        (current) =>
          current && {
            ...current,
            milestones: current.milestones.map((m) => (m.id === milestone.id ? milestone : m)),
          },
      ),
    onSettled: refresh,
  });
}

export function useRemoveMilestone(goal: Goal) {
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`/api/goal-milestones/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSettled: useRefreshGoal(goal),
  });
}
