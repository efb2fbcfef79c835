export const ASSESSMENT_STATUSES = ["assigned", "in_progress", "submitted", "withdrawn"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** Answers may be given and changed until the client submits or the coach withdraws it. */
export function isOpen(status: AssessmentStatus): boolean {
  return status === "assigned" || status === "in_progress";
}
