import { useQuery } from "@tanstack/react-query";
import type { Article } from "../../../../contract/articles";
import { apiRequest } from "../../../lib/api-client";
import { articleKeys, articlePath } from "./article-keys";

export function useArticle(id: string | undefined) {
  return useQuery({
    queryKey: articleKeys.one(id ?? ""),
    queryFn: () => apiRequest<Article>(articlePath(id ?? "")),
    enabled: Boolean(id),
  });
}
