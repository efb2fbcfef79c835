import { FilePenLine, Plus } from "lucide-react";
import { useState } from "react";
import { Link, useLocation } from "react-router";
import type { ArticleStatus, ArticleSummary } from "../../../../contract/articles";
import { QueryState } from "../../../components/query-state";
import { Alert } from "../../../components/ui/alert";
import { buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { PageHeader } from "../../../components/ui/page-header";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";
import { useArticles } from "../api/list-articles";
import { ArticleRow } from "../components/article-row";
import { viewerTimeZone } from "../components/article-words";
import { ToggleGroup } from "../components/toggle-group";

const GROUPS: { status: ArticleStatus; title: string; description: string }[] = [
  {
    status: "draft",
    title: "Drafts",
    description: "Only their author and the practice's admin see drafts.",
  },
  {
    status: "scheduled",
    title: "Scheduled",
    description: `They go live by themselves at the time shown (${viewerTimeZone()}).`,
  },
  {
    status: "published",
    title: "Published",
    description: "On the practice's public pages and in its feeds.",
  },
];

type Filter = ArticleStatus | "all";

/** /articles: the practice's articles by status, and the way to write a new one. */
export function ArticlesPage() {
  useDocumentTitle("Articles");
  const articles = useArticles();
  const me = useCurrentUser();
  const location = useLocation();
  const deleted = (location.state as { deleted?: string } | null)?.deleted;
  const [filter, setFilter] = useState<Filter>("all");
  const newArticle = (
    <Link to="/articles/new" className={buttonClasses("primary")}>
      <Plus aria-hidden="true" />
      New article
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Articles"
        description="Articles on the practice's public pages, in series if you like. Readers can subscribe and leave replies, which wait for you to approve them."
        actions={newArticle}
      />
      {deleted ? (
        <div role="status" className="mb-4">
          <Alert tone="success">Deleted the draft “{deleted}”.</Alert>
        </div>
      ) : null}
      <QueryState query={articles} loading="Loading articles…">
        {(list) =>
          list.length === 0 ? (
            <EmptyState
              icon={FilePenLine}
              title="No articles yet"
              description="Write your first one: save it as a draft, publish it now, or schedule it for later."
              action={newArticle}
            />
          ) : (
            <div className="space-y-6">
              <StatusFilter list={list} value={filter} onChange={setFilter} />
              {GROUPS.filter((g) => filter === "all" || filter === g.status).map((group) => (
                <ArticleGroup
                  key={group.status}
                  {...group}
                  articles={list.filter((a) => a.status === group.status)}
                  viewerId={me.id}
                />
              ))}
            </div>
          )
        }
      </QueryState>
    </>
  );
}

function StatusFilter({
  list,
  value,
  onChange,
}: {
  list: ArticleSummary[];
  value: Filter;
  onChange: (next: Filter) => void;
}) {
  const options: { value: Filter; label: string; count: number }[] = [
    { value: "all", label: "All", count: list.length },
    ...GROUPS.map((g) => ({
      value: g.status,
      label: g.title,
      count: list.filter((a) => a.status === g.status).length,
    })),
  ];
  return <ToggleGroup legend="Show articles" options={options} value={value} onChange={onChange} />;
}

function ArticleGroup({
  status,
  title,
  description,
  articles,
  viewerId,
}: {
  status: ArticleStatus;
  title: string;
  description: string;
  articles: ArticleSummary[];
  viewerId: string;
}) {
  const headingId = `articles-${status}`;
  return (
    <Card>
      <section aria-labelledby={headingId}>
        <CardHeader>
          <div>
            <CardTitle id={headingId}>
              {title} ({articles.length})
            </CardTitle>
            <CardDescription>{description}</CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          {articles.length === 0 ? (
            <p className="text-sm text-slate-600">None at the moment.</p>
          ) : (
            <ul aria-labelledby={headingId} className="divide-y divide-slate-100">
              {articles.map((article) => (
                <ArticleRow
                  key={article.id}
                  article={article}
                  showAuthor={article.author.id !== viewerId}
                />
              ))}
            </ul>
          )}
        </CardContent>
      </section>
    </Card>
  );
}
