import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { articleKeys, articlePath } from "./article-keys";

/** Deletes a draft; a scheduled or published article is refused (409). */
export function deleteArticle(id: string): Promise<void> {
  return apiRequest(articlePath(id), { method: "DELETE" });
}

export function useDeleteArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteArticle,
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: articleKeys.one(id) });
      void queryClient.invalidateQueries({ queryKey: articleKeys.list });
    },
  });
}
