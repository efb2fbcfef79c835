import { ExternalLink, MessageSquare, Pencil } from "lucide-react";
import { Link } from "react-router";
import type { ArticleSummary } from "../../../../contract/articles";
import { Badge } from "../../../components/ui/badge";
import { buttonClasses } from "../../../components/ui/button";
import { formatDate } from "../../../lib/format-date";
import { seriesText, zonedDateTime } from "./article-words";

/** When it goes or went out: the scheduled time in the viewer's zone, or the day it went live. */
function whenText(article: ArticleSummary): string {
  if (article.status === "scheduled" && article.publishAt)
    return `Goes live ${zonedDateTime(article.publishAt)}`;
  if (article.status === "published" && article.publishedAt)
    return `Published ${formatDate(article.publishedAt)}`;
  return `Changed ${formatDate(article.updatedAt)}`;
}

/** One article of the list: its title, series, author and time, and what the viewer may do. */
export function ArticleRow({
  article,
  showAuthor,
}: {
  article: ArticleSummary;
  showAuthor: boolean;
}) {
  const series = seriesText(article);
  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 flex-1 space-y-1">
        <p className="font-medium break-words text-slate-900">{article.title}</p>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs font-medium text-slate-600">
          {series ? <Badge tone="violet">{series}</Badge> : null}
          <span>{whenText(article)}</span>
          {showAuthor ? <span>by {article.author.name}</span> : null}
          {article.heldReplies > 0 ? (
            <Badge tone="warning">
              {article.heldReplies === 1
                ? "1 reply waiting"
                : `${article.heldReplies} replies waiting`}
            </Badge>
          ) : null}
        </div>
        {article.summary ? (
          <p className="line-clamp-2 text-sm text-slate-600">{article.summary}</p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2 sm:shrink-0">
        {article.mayEdit ? (
          <Link to={`/articles/${article.id}`} className={buttonClasses("secondary", "sm")}>
            <Pencil aria-hidden="true" />
            Edit<span className="sr-only">: {article.title}</span>
          </Link>
        ) : null}
        {article.mayEdit && article.status === "published" ? (
          <Link to={`/articles/${article.id}/replies`} className={buttonClasses("ghost", "sm")}>
            <MessageSquare aria-hidden="true" />
            Replies<span className="sr-only">: {article.title}</span>
          </Link>
        ) : null}
        {article.status === "published" ? (
          <a
            href={article.url}
            target="_blank"
            rel="noopener noreferrer"
            className={buttonClasses("ghost", "sm")}
          >
            <ExternalLink aria-hidden="true" />
            View<span className="sr-only">: {article.title} (public page, opens in a new tab)</span>
          </a>
        ) : null}
      </div>
    </li>
  );
}
