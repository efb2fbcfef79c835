import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { GoalComment } from "../../../../contract/goals";
import { apiRequest } from "../../../lib/api-client";
import { goalKeys } from "./goals";

const commentsPath = (goalId: string) => `/api/goals/${encodeURIComponent(goalId)}/comments`;

/** What the client and coach said about a goal, oldest first. */
export function useGoalComments(goalId: string) {
  return useQuery({
    queryKey: goalKeys.comments(goalId),
    queryFn: () => apiRequest<GoalComment[]>(commentsPath(goalId)),
  });
}

export function useAddComment(goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      apiRequest<GoalComment>(commentsPath(goalId), { method: "POST", body: { body } }),
    onSuccess: (comment) => {
      queryClient.setQueryData<GoalComment[]>(goalKeys.comments(goalId), (list) =>
        list ? [...list, comment] : [comment],
      );
    },
  });
}
