import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ModelContent, ModelView } from "../../../../contract/competency-models";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { modelKeys } from "./model-keys";

export type SaveModelInput = {
  id: string;
  /** The version the coach began editing: if it was saved elsewhere since, the server says 409. */
  version: number;
  content: ModelContent;
};

/** Saves the coach's own model whole; the server keeps it as the next version. */
export function saveModel({ id, version, content }: SaveModelInput): Promise<ModelView> {
  return apiRequest(`/api/competency-models/${encodeURIComponent(id)}?version=${version}`, {
    method: "PATCH",
    body: content,
  });
}

export function useSaveModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveModel,
    onSuccess: (saved) => {
      queryClient.setQueryData(modelKeys.one(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: modelKeys.list });
    },
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: modelKeys.list });
    },
  });
}
