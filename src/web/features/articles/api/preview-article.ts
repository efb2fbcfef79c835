import type { ArticlePreview } from "../../../../contract/articles";
import { apiRequest } from "../../../lib/api-client";

/** The Markdown as the public page shows it, rendered by the server (raw HTML shown as text). */
export function previewArticle(body: string, signal?: AbortSignal): Promise<ArticlePreview> {
  return apiRequest("/api/articles/preview", {
    method: "POST",
    body: { body },
    ...(signal ? { signal } : {}),
  });
}
