import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TemplateView } from "../../../../contract/exercises";
import type { ExerciseContent } from "../../../../domain/exercise/template";
import { apiRequest } from "../../../lib/api-client";
import { exerciseKeys } from "./exercise-keys";

export type SaveTemplateInput = { id: string | null; content: ExerciseContent };

/** Writes a new template (id null) or replaces one of the coach's own. */
export function saveTemplate({ id, content }: SaveTemplateInput): Promise<TemplateView> {
  const body = id === null ? content : { ...content, minutes: content.minutes ?? null };
  return id === null
    ? apiRequest("/api/exercise-templates", { method: "POST", body })
    : apiRequest(`/api/exercise-templates/${encodeURIComponent(id)}`, { method: "PATCH", body });
}

export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveTemplate,
    onSuccess: (saved) => {
      queryClient.setQueryData(exerciseKeys.template(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: exerciseKeys.templateList });
    },
  });
}
