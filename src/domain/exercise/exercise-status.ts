/**
 * - assigned: the coach gave it; the client has not saved anything yet.
 * - draft: the client saved answers and may change them.
 * - submitted: the client handed it in; the answers are final and the coach sees them.
 * - withdrawn: the coach took it back before it was submitted.
 */
export const EXERCISE_STATUSES = ["assigned", "draft", "submitted", "withdrawn"] as const;
export type ExerciseStatus = (typeof EXERCISE_STATUSES)[number];

/** The statuses in which the client may still save and submit, and the coach may withdraw. */
export const OPEN_EXERCISE_STATUSES = ["assigned", "draft"] as const satisfies ExerciseStatus[];

export function isOpen(status: ExerciseStatus): boolean {
  return status === "assigned" || status === "draft";
}
