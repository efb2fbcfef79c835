import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ErrorCode } from "../../../../contract/error-codes";
import type {
  CloseGoalBody,
  CreateGoalBody,
  Goal,
  GoalList,
  GoalRevisionList,
  UpdateGoalBody,
} from "../../../../contract/goals";
import type { FieldProblem } from "../../../../domain/field-problem";
import { ApiError, apiRequest } from "../../../lib/api-client";

/** Every goal query starts with "goals", so a change to one goal refreshes every list showing it. */
export const goalKeys = {
  all: ["goals"] as const,
  ofEngagement: (engagementId: string) => ["goals", "engagement", engagementId] as const,
  goal: (id: string) => ["goals", "goal", id] as const,
  comments: (id: string) => ["goals", "goal", id, "comments"] as const,
};

const goalPath = (id: string) => `/api/goals/${encodeURIComponent(id)}`;

export function listGoals(engagementId: string): Promise<GoalList> {
  return apiRequest(`/api/engagements/${encodeURIComponent(engagementId)}/goals`);
}

/** An engagement's goals (its client and coach only; anyone else is refused). */
export function useEngagementGoals(engagementId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: goalKeys.ofEngagement(engagementId),
    queryFn: () => listGoals(engagementId),
    enabled,
  });
}

/** Every save of the goal's own fields, newest first, with who saved it. */
export function useGoalRevisions(id: string) {
  return useQuery({
    queryKey: [...goalKeys.goal(id), "revisions"],
    queryFn: () => apiRequest<GoalRevisionList>(`${goalPath(id)}/revisions`),
  });
}

export function useGoal(id: string) {
  return useQuery({ queryKey: goalKeys.goal(id), queryFn: () => apiRequest<Goal>(goalPath(id)) });
}

/** Puts a goal the server answered with into its own query, then refreshes the lists. */
export function useStoreGoal() {
  const queryClient = useQueryClient();
  return (goal: Goal) => {
    queryClient.setQueryData(goalKeys.goal(goal.id), goal);
    refreshGoalLists(queryClient, goal.engagementId);
  };
}

/** Every list that shows an engagement's goals: its goals, what is due this week, the coach's at-risk list. */
export function refreshGoalLists(queryClient: QueryClient, engagementId: string) {
  for (const queryKey of [
    goalKeys.ofEngagement(engagementId),
    [...goalKeys.all, "due-this-week", engagementId],
    [...goalKeys.all, "at-risk"],
  ])
    void queryClient.invalidateQueries({ queryKey });
}

export type CreateGoalInput = { engagementId: string } & CreateGoalBody;

export function useCreateGoal() {
  const store = useStoreGoal();
  return useMutation({
    mutationFn: ({ engagementId, ...body }: CreateGoalInput) =>
      apiRequest<Goal>(`/api/engagements/${encodeURIComponent(engagementId)}/goals`, {
        method: "POST",
        body,
      }),
    onSuccess: store,
  });
}

/** A 409 of a goal edited meanwhile: the goal as the other person left it. */
export class StaleGoal extends Error {
  readonly current: Goal;
  constructor(current: Goal) {
    super("Someone changed this goal meanwhile.");
    this.current = current;
  }
}

export type UpdateGoalInput = { id: string } & UpdateGoalBody;

type PatchAnswer = {
  current?: Goal;
  error?: { code?: ErrorCode; message?: string; fields?: FieldProblem[]; id?: string };
};

/** PATCH with the revision edited; a stale one rejects with StaleGoal carrying theirs. */
export async function updateGoal({ id, ...body }: UpdateGoalInput): Promise<Goal> {
  let response: Response;
  try {
    response = await fetch(goalPath(id), {
      method: "PATCH",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(
      0,
      "network_error",
      "We couldn't reach Keel. Check your connection and try again.",
    );
  }
  const answer = (await response.json().catch(() => ({}))) as PatchAnswer & Goal;
  if (response.ok) return answer;
  if (response.status === 409 && answer.current) throw new StaleGoal(answer.current);
  const error = answer.error;
  throw new ApiError(
    response.status,
    error?.code ?? `http_${response.status}`,
    error?.message ?? "Something went wrong on our side. Please try again.",
    error?.fields ?? [],
    error?.id,
  );
}

export function useUpdateGoal() {
  const store = useStoreGoal();
  return useMutation({ mutationFn: updateGoal, onSuccess: store });
}

export type CloseGoalInput = { id: string } & CloseGoalBody;

export function useCloseGoal() {
  const store = useStoreGoal();
  return useMutation({
    mutationFn: ({ id, ...body }: CloseGoalInput) =>
      apiRequest<Goal>(`${goalPath(id)}/close`, { method: "POST", body }),
    onSuccess: store,
  });
}

export const isStale = (error: unknown): error is StaleGoal => error instanceof StaleGoal;
