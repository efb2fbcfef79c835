import { useMutation, useQueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import type { AssignExerciseBody, ExerciseSummary } from "../../../../contract/exercises";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { exerciseKeys } from "./exercise-keys";

/** The coach's choice in the assign form: an exercise and, optionally, a due date. */
export const assignExerciseSchema = z.object({
  templateId: z.string("Choose an exercise").check(z.minLength(1, "Choose an exercise")),
  dueDate: z.pipe(
    z.optional(
      z
        .string()
        .check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/, "Enter a date, or leave it empty for none")),
    ),
    z.transform((date) => (date ? date : null)),
  ),
});

export type AssignExerciseInput = { engagementId: string } & AssignExerciseBody;

export function assignExercise({
  engagementId,
  ...body
}: AssignExerciseInput): Promise<ExerciseSummary> {
  return apiRequest(`/api/engagements/${encodeURIComponent(engagementId)}/exercises`, {
    method: "POST",
    body,
  });
}

/** Assigns an exercise (the coach only). A 409 (already open, engagement closed) reloads the list. */
export function useAssignExercise() {
  const queryClient = useQueryClient();
  const reload = (engagementId: string) =>
    queryClient.invalidateQueries({ queryKey: exerciseKeys.engagement(engagementId) });
  return useMutation({
    mutationFn: assignExercise,
    onSuccess: (_, { engagementId }) => reload(engagementId),
    onError: (error, { engagementId }) => {
      if (isApiError(error, 409)) void reload(engagementId);
    },
  });
}
