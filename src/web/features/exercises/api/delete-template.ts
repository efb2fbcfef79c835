import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { exerciseKeys } from "./exercise-keys";

/** Deletes one of the coach's templates; exercises already assigned keep their copy. */
export function deleteTemplate(id: string): Promise<void> {
  return apiRequest(`/api/exercise-templates/${encodeURIComponent(id)}`, { method: "DELETE" });
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exerciseKeys.templates }),
    onError: (error) => {
      if (isApiError(error, 404))
        void queryClient.invalidateQueries({ queryKey: exerciseKeys.templates });
    },
  });
}
