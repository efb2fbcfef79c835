export const ASSESSMENT_STATUSES = ["assigned", "in_progress", "submitted", "withdrawn"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** The statuses in which answers may still be given: the client has not submitted it. */
export const OPEN_ASSESSMENT_STATUSES = [
  "assigned",
  "in_progress",
] as const satisfies AssessmentStatus[];

/** Answers may be given and changed until the client submits or the coach withdraws it. */
export function isOpen(status: AssessmentStatus): boolean {
  return status === "assigned" || status === "in_progress";
}
