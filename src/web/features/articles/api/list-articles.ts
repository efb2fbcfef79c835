import { useQuery } from "@tanstack/react-query";
import type { ArticleList } from "../../../../contract/articles";
import { apiRequest } from "../../../lib/api-client";
import { articleKeys } from "./article-keys";

/** The practice's articles the viewer may see: published ones, their own, every one for the admin. */
export function useArticles() {
  return useQuery({
    queryKey: articleKeys.list,
    queryFn: async () => (await apiRequest<ArticleList>("/api/articles")).articles,
  });
}
