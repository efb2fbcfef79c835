import { useQuery } from "@tanstack/react-query";
import type { ModelSummary } from "../../../../contract/competency-models";
import { apiRequest } from "../../../lib/api-client";
import { feedbackKeys } from "./feedback-keys";

/** Keel's competency models, then the coach's own. */
export function listModels(): Promise<ModelSummary[]> {
  return apiRequest("/api/competency-models");
}

export function useCompetencyModels() {
  return useQuery({ queryKey: feedbackKeys.models, queryFn: listModels });
}
