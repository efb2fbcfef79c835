import { useQuery } from "@tanstack/react-query";
import type { ModelView } from "../../../../contract/competency-models";
import { apiRequest } from "../../../lib/api-client";
import { modelKeys } from "./model-keys";

export function getModel(id: string): Promise<ModelView> {
  return apiRequest(`/api/competency-models/${encodeURIComponent(id)}`);
}

/** One model, Keel's or the coach's own. */
export function useCompetencyModel(id: string) {
  return useQuery({
    queryKey: modelKeys.one(id),
    queryFn: () => getModel(id),
    // The editor keeps its own copy while the coach works; a refetch must not reset it.
    refetchOnWindowFocus: false,
  });
}
