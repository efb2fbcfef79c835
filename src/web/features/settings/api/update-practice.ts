import { useMutation, useQueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import type { Me } from "../../../../contract/accounts";
import type { Practice, PracticeChange } from "../../../../contract/practice";
import {
  MAXIMUM_ANONYMITY_THRESHOLD,
  MINIMUM_ANONYMITY_THRESHOLD,
} from "../../../../domain/feedback/rater-groups";
import {
  POSTAL_ADDRESS_MAX,
  SLUG_MAX,
  SLUG_MIN,
  SLUG_PATTERN,
} from "../../../../domain/practice/public-slug";
import { apiRequest } from "../../../lib/api-client";
import { practiceName } from "../../../lib/form-schemas";
import { queryKeys } from "../../../lib/query-keys";

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

/** The practice's public address and the postal address its list mail carries. */
export const publicPagesSchema = z.object({
  slug: z
    .string()
    .check(
      z.trim(),
      z.minLength(SLUG_MIN, `At least ${SLUG_MIN} characters`),
      z.maxLength(SLUG_MAX, `At most ${SLUG_MAX} characters`),
      z.regex(SLUG_PATTERN, "Use lower-case letters and digits, words joined by single hyphens"),
    ),
  postalAddress: z
    .string()
    .check(z.trim(), z.maxLength(POSTAL_ADDRESS_MAX, `At most ${POSTAL_ADDRESS_MAX} characters`)),
});

/** Changes the practice (its admin only; anyone else is answered 403). */
export function updatePractice(input: PracticeChange): Promise<Practice> {
  return apiRequest("/api/practice", { method: "PATCH", body: input });
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
