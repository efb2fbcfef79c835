import { useQuery } from "@tanstack/react-query";
import type { Practice } from "../../../contract/practice";
import { DEFAULT_ANONYMITY_THRESHOLD } from "../../../domain/feedback/rater-groups";
import { apiRequest } from "../api-client";
import { queryKeys } from "../query-keys";

export function getPractice(): Promise<Practice> {
  return apiRequest("/api/practice");
}

/** The viewer's practice, with its settings. */
export function usePractice() {
  return useQuery({ queryKey: queryKeys.practice, queryFn: getPractice });
}

/** The practice's k, or Keel's default until the practice is read. */
export function practiceThreshold(practice: Practice | undefined): number {
  return practice?.feedbackThreshold ?? DEFAULT_ANONYMITY_THRESHOLD;
}

/** Keel has no mail server: its mail is held in the practice's outbox, not sent. */
export function useMailHeld(): boolean {
  return usePractice().data?.mailDelivery === "held";
}
