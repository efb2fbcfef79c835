import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { modelKeys } from "./model-keys";
import type { ModelSummary } from "./types";

/** Keel's models first, then the coach's own, the most recently changed first. */
export function listModels(): Promise<ModelSummary[]> {
  return apiRequest("/api/competency-models");
}

export function useCompetencyModels() {
  return useQuery({ queryKey: modelKeys.list, queryFn: listModels });
}
