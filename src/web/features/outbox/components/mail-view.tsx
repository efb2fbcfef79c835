import { ErrorState } from "../../../components/error-state";
import { Alert } from "../../../components/ui/alert";
import { LoadingState } from "../../../components/ui/loading-state";
import { isApiError } from "../../../lib/api-client";
import { formatDateTime } from "../../../lib/format-date";
import { useMail } from "../api/get-mail";
import { LinkifiedText } from "./linkified-text";
import { MailStatusBadge } from "./mail-status-badge";

/** One mail: who it went to, its status and its text (and the HTML version, if any). */
export function MailView({ id }: { id: string }) {
  const mail = useMail(id);

  if (mail.isPending) return <LoadingState label="Loading mail…" />;
  if (mail.error) {
    if (isApiError(mail.error, 404)) {
      return <Alert tone="warning">This mail isn't in the outbox.</Alert>;
    }
    return <ErrorState error={mail.error} onRetry={() => void mail.refetch()} />;
  }

  const { subject, to, createdAt, status, text, html } = mail.data;
  return (
    <article aria-labelledby="mail-subject" className="space-y-5">
      <header className="space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h2 id="mail-subject" className="text-xl font-semibold text-slate-900">
            {subject}
          </h2>
          <MailStatusBadge status={status} />
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">To</dt>
          <dd className="break-all text-slate-900">{to}</dd>
          <dt className="text-slate-600">Written</dt>
          <dd className="text-slate-900">{formatDateTime(createdAt)}</dd>
        </dl>
      </header>
      {status === "held" ? (
        <Alert tone="warning" title="Not sent">
          Mail is held here because no SMTP server is configured. Copy any link from the text below
          to pass it on, or configure SMTP to deliver mail.
        </Alert>
      ) : null}
      {status === "failed" ? (
        <Alert tone="danger" title="Delivery failed">
          The mail server refused this mail. Check the SMTP settings and the address.
        </Alert>
      ) : null}
      <div className="rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm leading-relaxed whitespace-pre-wrap text-slate-800 sm:p-5">
        <LinkifiedText text={text} />
      </div>
      {html ? (
        <details className="rounded-lg border border-slate-200">
          <summary className="cursor-pointer px-4 py-3 text-sm font-medium text-slate-800">
            HTML version
          </summary>
          <iframe
            title={`HTML version of "${subject}"`}
            srcDoc={html}
            sandbox=""
            className="h-96 w-full rounded-b-lg border-t border-slate-200 bg-white"
          />
        </details>
      ) : null}
    </article>
  );
}
