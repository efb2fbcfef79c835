import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { modelKeys } from "./model-keys";

/** Deletes one of the coach's models; campaigns already created keep their copy. */
export function deleteModel(id: string): Promise<void> {
  return apiRequest(`/api/competency-models/${encodeURIComponent(id)}`, { method: "DELETE" });
}

export function useDeleteModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteModel,
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: modelKeys.one(id) });
      void queryClient.invalidateQueries({ queryKey: modelKeys.list });
    },
    onError: (error) => {
      if (isApiError(error, 404)) void queryClient.invalidateQueries({ queryKey: modelKeys.list });
    },
  });
}
