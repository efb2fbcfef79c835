import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Article } from "../../../../contract/articles";
import { apiRequest } from "../../../lib/api-client";
import { articleKeys, articlePath } from "./article-keys";

export type ArticleMoveInput =
  | { id: string; move: "publish" | "unschedule" | "unpublish" }
  | { id: string; move: "schedule"; publishAt: string };

/** Publishes now, schedules for a time to come, unschedules or unpublishes an article. */
export function moveArticle(input: ArticleMoveInput): Promise<Article> {
  const path = `${articlePath(input.id)}/${input.move}`;
  return input.move === "schedule"
    ? apiRequest(path, { method: "POST", body: { publishAt: input.publishAt } })
    : apiRequest(path, { method: "POST" });
}

export function useMoveArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveArticle,
    onSuccess: (moved) => {
      queryClient.setQueryData(articleKeys.one(moved.id), moved);
      void queryClient.invalidateQueries({ queryKey: articleKeys.list });
    },
  });
}
