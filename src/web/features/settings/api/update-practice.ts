import { useMutation, useQueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import { apiRequest } from "../../../lib/api-client";
import type { Me, Practice } from "../../../lib/api-types";
import { practiceName } from "../../../lib/form-schemas";
import { queryKeys } from "../../../lib/query-keys";

export const updatePracticeSchema = z.object({ name: practiceName() });

export type UpdatePracticeInput = z.infer<typeof updatePracticeSchema>;

/** Renames the practice (its admin only; anyone else is answered 403). */
export function updatePractice(input: UpdatePracticeInput): Promise<Practice> {
  return apiRequest("/api/practice", { method: "PATCH", body: input });
}

/** Renames the practice; the top bar shows the new name at once, and /api/me is read again. */
export function useUpdatePractice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePractice,
    onSuccess: (practice) => {
      queryClient.setQueryData(queryKeys.practice, practice);
      queryClient.setQueryData<Me | null>(queryKeys.me, (me) =>
        me ? { ...me, practice: { id: practice.id, name: practice.name } } : me,
      );
      return queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}
