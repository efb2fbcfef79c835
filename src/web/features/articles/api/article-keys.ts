/** Query keys of articles: everything starts with "articles", so one invalidation refreshes all. */
export const articleKeys = {
  all: ["articles"] as const,
  list: ["articles", "list"] as const,
  one: (id: string) => ["articles", "one", id] as const,
  series: ["articles", "series"] as const,
  replies: (articleId: string) => ["articles", "replies", articleId] as const,
};

export const articlePath = (id: string) => `/api/articles/${encodeURIComponent(id)}`;
