import { useQuery } from "@tanstack/react-query";
import type { ModelSummary } from "../../../../contract/competency-models";
import { apiRequest } from "../../../lib/api-client";
import { modelKeys } from "./model-keys";

/** Keel's models first, then the coach's own, the most recently changed first. */
export function listModels(): Promise<ModelSummary[]> {
  return apiRequest("/api/competency-models");
}

export function useCompetencyModels() {
  return useQuery({ queryKey: modelKeys.list, queryFn: listModels });
}
