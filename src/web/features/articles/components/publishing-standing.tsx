import { CalendarClock, ExternalLink, MessageSquare, Trash2 } from "lucide-react";
import { Link } from "react-router";
import type { Article } from "../../../../contract/articles";
import { DeleteButton } from "../../../components/delete-button";
import { Alert } from "../../../components/ui/alert";
import { buttonClasses } from "../../../components/ui/button";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDate } from "../../../lib/format-date";
import { useDeleteArticle } from "../api/delete-article";
import { zonedDateTime } from "./article-words";

/** Where the article stands: not saved, a draft, scheduled for a time, or published with its links. */
export function StandingText({ article }: { article: Article | null }) {
  if (!article)
    return (
      <p className="text-sm text-slate-600">
        Not saved yet. Save it as a draft, publish it now, or schedule it.
      </p>
    );
  if (article.status === "scheduled" && article.publishAt)
    return (
      <p className="flex items-center gap-2 text-sm text-slate-800">
        <CalendarClock className="size-4 shrink-0 text-slate-500" aria-hidden="true" />
        Goes live {zonedDateTime(article.publishAt)}.
      </p>
    );
  if (article.status === "published")
    return (
      <div className="space-y-2 text-sm text-slate-800">
        <p>
          Published{article.publishedAt ? ` ${formatDate(article.publishedAt)}` : ""}.
          {article.notifiedAt ? " Subscribers were mailed about it." : ""}
        </p>
        <div className="flex flex-wrap gap-2">
          <a
            href={article.url}
            target="_blank"
            rel="noopener noreferrer"
            className={buttonClasses("secondary", "sm")}
          >
            <ExternalLink aria-hidden="true" />
            Open the public page<span className="sr-only"> (opens in a new tab)</span>
          </a>
          <Link to={`/articles/${article.id}/replies`} className={buttonClasses("ghost", "sm")}>
            <MessageSquare aria-hidden="true" />
            Replies{article.heldReplies > 0 ? ` (${article.heldReplies} waiting)` : ""}
          </Link>
        </div>
      </div>
    );
  return (
    <p className="text-sm text-slate-600">A draft: only you and the practice's admin see it.</p>
  );
}

/** Deletes a saved draft, after asking. */
export function DeleteDraft({
  article,
  onDeleted,
}: {
  article: Article;
  onDeleted: (title: string) => void;
}) {
  const remove = useDeleteArticle();
  return (
    <DeleteButton
      className="sm:ml-auto"
      question={`Delete the draft “${article.title}”?`}
      description={
        <>
          <p>The draft and everything written in it are gone for good.</p>
          {remove.error ? <Alert tone="danger">{formMessageOf(remove.error)}</Alert> : null}
        </>
      }
      confirmLabel="Delete draft"
      pending={remove.isPending}
      onOpen={() => remove.reset()}
      onConfirm={(close) =>
        remove.mutate(article.id, {
          onSuccess: () => {
            close();
            onDeleted(article.title);
          },
        })
      }
    >
      <Trash2 aria-hidden="true" />
      Delete draft
    </DeleteButton>
  );
}
