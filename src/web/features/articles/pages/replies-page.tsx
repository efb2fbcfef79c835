import { ExternalLink, MessageSquare } from "lucide-react";
import { useState } from "react";
import { useParams } from "react-router";
import type { ArticleReply, ReplyStatus } from "../../../../contract/articles";
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
import { useReplies } from "../api/replies";
import { REPLY_STATUS } from "../components/article-words";
import { ReplyCard } from "../components/reply-card";
import { ToggleGroup } from "../components/toggle-group";

const EMPTY: Record<ReplyStatus, string> = {
  held: "Nothing is waiting. New replies wait here for you, and you get a mail about each one; none shows on the page until you approve it.",
  approved: "No replies approved yet. Approved replies show under the article, pinned ones first.",
  hidden:
    "No hidden replies. Replies you hide, and those from blocked addresses, stay here and never show on the page.",
};

const DESCRIPTIONS: Record<ReplyStatus, string> = {
  held: "Readers don't see these until you approve them.",
  approved: "Shown under the article, pinned ones first.",
  hidden: "Never shown on the page. You can still approve one.",
};

/** /articles/:id/replies: the link moderators get by mail, to approve, hide, pin or block. */
export function RepliesPage() {
  const { id = "" } = useParams();
  const replies = useReplies(id);
  const [showing, setShowing] = useState<ReplyStatus>("held");
  const [blocked, setBlocked] = useState<string | null>(null);
  useDocumentTitle("Replies");

  return (
    <QueryState query={replies} loading="Loading the replies…">
      {({ article, replies: list }) => (
        <>
          <PageHeader
            title={`Replies to “${article.title}”`}
            description="Readers' replies wait for you before they show under the article."
            back={{ to: `/articles/${article.id}`, label: "The article" }}
            actions={
              <a
                href={article.url}
                target="_blank"
                rel="noopener noreferrer"
                className={buttonClasses("secondary")}
              >
                <ExternalLink aria-hidden="true" />
                Public page<span className="sr-only"> (opens in a new tab)</span>
              </a>
            }
          />
          <div role="status" className="mb-4 empty:hidden">
            {blocked ? <Alert tone="success">{blocked}</Alert> : null}
          </div>
          <StatusTabs list={list} value={showing} onChange={setShowing} />
          <ReplyGroup
            status={showing}
            replies={list.filter((r) => r.status === showing)}
            onBlocked={(email, hidden) =>
              setBlocked(
                `Blocked ${email}. ${hidden === 1 ? "1 reply" : `${hidden} replies`} hidden in the practice.`,
              )
            }
          />
        </>
      )}
    </QueryState>
  );
}

function StatusTabs({
  list,
  value,
  onChange,
}: {
  list: ArticleReply[];
  value: ReplyStatus;
  onChange: (next: ReplyStatus) => void;
}) {
  const options = (["held", "approved", "hidden"] as const).map((status) => ({
    value: status,
    label: REPLY_STATUS[status].label,
    count: list.filter((r) => r.status === status).length,
  }));
  return (
    <ToggleGroup
      legend="Show replies"
      options={options}
      value={value}
      onChange={onChange}
      className="mb-4"
    />
  );
}

function ReplyGroup({
  status,
  replies,
  onBlocked,
}: {
  status: ReplyStatus;
  replies: ArticleReply[];
  onBlocked: (email: string, hidden: number) => void;
}) {
  return (
    <Card>
      <section aria-labelledby="replies-heading">
        <CardHeader>
          <div>
            <CardTitle id="replies-heading" tabIndex={-1}>
              {REPLY_STATUS[status].heading}
            </CardTitle>
            <CardDescription>{DESCRIPTIONS[status]}</CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          {replies.length === 0 ? (
            <EmptyState icon={MessageSquare} title="No replies here" description={EMPTY[status]} />
          ) : (
            <ul aria-labelledby="replies-heading" className="divide-y divide-slate-100">
              {replies.map((reply) => (
                <ReplyCard key={reply.id} reply={reply} onBlocked={onBlocked} />
              ))}
            </ul>
          )}
        </CardContent>
      </section>
    </Card>
  );
}
