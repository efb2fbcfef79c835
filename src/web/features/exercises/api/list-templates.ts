import { useQuery } from "@tanstack/react-query";
import type { TemplateSummary } from "../../../../contract/exercises";
import { apiRequest } from "../../../lib/api-client";
import { exerciseKeys } from "./exercise-keys";

/** Keel's exercises first, then the coach's own, newest change first. */
export function listTemplates(): Promise<TemplateSummary[]> {
  return apiRequest("/api/exercise-templates");
}

export function useExerciseTemplates() {
  return useQuery({ queryKey: exerciseKeys.templateList, queryFn: listTemplates });
}
