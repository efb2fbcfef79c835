import { useQuery } from "@tanstack/react-query";
import type { TemplateView } from "../../../../contract/exercises";
import { apiRequest } from "../../../lib/api-client";
import { exerciseKeys } from "./exercise-keys";

export function getTemplate(id: string): Promise<TemplateView> {
  return apiRequest(`/api/exercise-templates/${encodeURIComponent(id)}`);
}

/** One template with its questions: Keel's own, or one of the coach's. */
export function useExerciseTemplate(id: string | null) {
  return useQuery({
    queryKey: exerciseKeys.template(id ?? ""),
    queryFn: () => getTemplate(id ?? ""),
    enabled: id !== null,
    // The editor keeps its own copy while the coach works; a refetch must not reset it.
    refetchOnWindowFocus: false,
  });
}
