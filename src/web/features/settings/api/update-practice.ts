import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import {
  DEFAULT_ANONYMITY_THRESHOLD,
  MAXIMUM_ANONYMITY_THRESHOLD,
  MINIMUM_ANONYMITY_THRESHOLD,
} from "../../../../domain/feedback/rater-groups";
import { apiRequest } from "../../../lib/api-client";
import type { Me, Practice } from "../../../lib/api-types";
import { practiceName } from "../../../lib/form-schemas";
import { queryKeys } from "../../../lib/query-keys";

/** The practice as GET /api/practice sends it, with its 360 anonymity threshold (k). */
export type PracticeSettings = Practice & {
  feedbackThreshold?: number;
  requireTwoFactorForCoaches?: boolean;
};

export const updatePracticeSchema = z.object({ name: practiceName() });

export const feedbackThresholdSchema = z.object({
  feedbackThreshold: z.coerce
    .number("Enter a number")
    .check(
      z.refine(Number.isInteger, "Enter a whole number"),
      z.minimum(MINIMUM_ANONYMITY_THRESHOLD, `At least ${MINIMUM_ANONYMITY_THRESHOLD}`),
      z.maximum(MAXIMUM_ANONYMITY_THRESHOLD, `At most ${MAXIMUM_ANONYMITY_THRESHOLD}`),
    ),
});

/** A change to the practice: its name, its anonymity threshold, its two-factor requirement. */
export type UpdatePracticeInput = {
  name?: string;
  feedbackThreshold?: number;
  requireTwoFactorForCoaches?: boolean;
};

/** Changes the practice (its admin only; anyone else is answered 403). */
export function updatePractice(input: UpdatePracticeInput): Promise<PracticeSettings> {
  return apiRequest("/api/practice", { method: "PATCH", body: input });
}

export function getPractice(): Promise<PracticeSettings> {
  return apiRequest("/api/practice");
}

/** The viewer's practice, with its settings. */
export function usePractice() {
  return useQuery({ queryKey: queryKeys.practice, queryFn: getPractice });
}

/** The practice's k, or Keel's default until the practice is read. */
export function practiceThreshold(practice: PracticeSettings | undefined): number {
  return practice?.feedbackThreshold ?? DEFAULT_ANONYMITY_THRESHOLD;
}

/** Changes the practice; the top bar shows a new name at once, and /api/me is read again. */
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
