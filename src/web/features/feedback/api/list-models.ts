import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { feedbackKeys } from "./feedback-keys";
import type { CompetencyModelSummary } from "./types";

/** Keel's competency models, then the coach's own. */
export function listModels(): Promise<CompetencyModelSummary[]> {
  return apiRequest("/api/competency-models");
}

export function useCompetencyModels() {
  return useQuery({ queryKey: feedbackKeys.models, queryFn: listModels });
}
