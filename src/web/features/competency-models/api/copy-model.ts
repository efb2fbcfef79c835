import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ModelView } from "../../../../contract/competency-models";
import { apiRequest } from "../../../lib/api-client";
import { modelKeys } from "./model-keys";

/** Copies Keel's model or one of the coach's own as a new model of their own, version 1. */
export function copyModel(copyOf: string): Promise<ModelView> {
  return apiRequest("/api/competency-models", { method: "POST", body: { copyOf } });
}

export function useCopyModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: copyModel,
    onSuccess: (copy) => {
      queryClient.setQueryData(modelKeys.one(copy.id), copy);
      void queryClient.invalidateQueries({ queryKey: modelKeys.list });
    },
  });
}
