import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ArticleSeries,
  ArticleSeriesList,
  CreateSeriesBody,
} from "../../../../contract/articles";
import { apiRequest } from "../../../lib/api-client";
import { articleKeys } from "./article-keys";

export function useArticleSeries() {
  return useQuery({
    queryKey: articleKeys.series,
    queryFn: async () => (await apiRequest<ArticleSeriesList>("/api/article-series")).series,
  });
}

export function useCreateSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSeriesBody) =>
      apiRequest<ArticleSeries>("/api/article-series", { method: "POST", body }),
    onSuccess: (created) => {
      queryClient.setQueryData<ArticleSeries[]>(articleKeys.series, (list) =>
        list ? [...list, created] : [created],
      );
      void queryClient.invalidateQueries({ queryKey: articleKeys.series });
    },
  });
}
