import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Article, CreateArticleBody, UpdateArticleBody } from "../../../../contract/articles";
import { apiRequest } from "../../../lib/api-client";
import { articleKeys, articlePath } from "./article-keys";

export type SaveArticleInput =
  | { id: null; body: CreateArticleBody }
  | { id: string; body: UpdateArticleBody };

/** Writes a new draft (id null) or changes the fields given of an article. */
export function saveArticle(input: SaveArticleInput): Promise<Article> {
  return input.id === null
    ? apiRequest("/api/articles", { method: "POST", body: input.body })
    : apiRequest(articlePath(input.id), { method: "PATCH", body: input.body });
}

export function useSaveArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveArticle,
    onSuccess: (saved) => {
      queryClient.setQueryData(articleKeys.one(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: articleKeys.list });
      void queryClient.invalidateQueries({ queryKey: articleKeys.series });
    },
  });
}
