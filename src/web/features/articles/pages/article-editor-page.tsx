import { Link, useParams } from "react-router";
import { ErrorState } from "../../../components/error-state";
import { Alert } from "../../../components/ui/alert";
import { Badge } from "../../../components/ui/badge";
import { LoadingState } from "../../../components/ui/loading-state";
import { PageHeader } from "../../../components/ui/page-header";
import { isApiError } from "../../../lib/api-client";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useArticle } from "../api/get-article";
import { ArticleEditor } from "../components/article-editor";
import { ARTICLE_STATUS } from "../components/article-words";

const back = { to: "/articles", label: "Articles" };

/**
 * /articles/new and /articles/:id: one route, so that the editor stays on the page (with what
 * was typed) when a new draft is saved and the address becomes the article's own.
 */
export function ArticleEditorPage() {
  const { id } = useParams();
  const isNew = id === "new";
  const article = useArticle(isNew ? undefined : id);
  const title = isNew ? "New article" : "Edit article";
  useDocumentTitle(title);

  if (isNew || article.data)
    return (
      <>
        <PageHeader
          title={title}
          back={back}
          eyebrow={
            article.data ? (
              <Badge tone={ARTICLE_STATUS[article.data.status].tone}>
                {ARTICLE_STATUS[article.data.status].label}
              </Badge>
            ) : undefined
          }
        />
        {article.data && !article.data.mayEdit ? (
          <Alert tone="info">
            Only the article's author and the practice's admin can change it.{" "}
            <a
              href={article.data.url}
              target="_blank"
              rel="noopener noreferrer"
              className="font-medium underline"
            >
              Read it on the public page
            </a>
          </Alert>
        ) : (
          <ArticleEditor initial={article.data ?? null} />
        )}
      </>
    );
  if (article.isPending) return <LoadingState label="Loading the article…" />;
  const status = isApiError(article.error) ? article.error.status : 0;
  return (
    <>
      <PageHeader title={title} back={back} />
      {status === 404 || status === 400 ? (
        <Alert tone="warning">
          This article doesn't exist, or you can't see it.{" "}
          <Link to={back.to} className="font-medium underline">
            Back to articles
          </Link>
        </Alert>
      ) : (
        <ErrorState error={article.error} onRetry={() => void article.refetch()} />
      )}
    </>
  );
}
