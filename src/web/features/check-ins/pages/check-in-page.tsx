import { CircleCheck, Clock, Link2Off } from "lucide-react";
import { useParams } from "react-router";
import type { CheckIn } from "../../../../contract/check-ins";
import { ErrorState } from "../../../components/error-state";
import { LinkNotice } from "../../../components/link-notice";
import { Card, CardContent } from "../../../components/ui/card";
import { LoadingState } from "../../../components/ui/loading-state";
import { isApiError } from "../../../lib/api-client";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCheckInForm, useSubmitCheckIn } from "../api/check-ins";
import { CheckInFields } from "../components/check-in-fields";
import { CheckInSummary } from "../components/check-in-summary";
import { weekLabel } from "../components/check-in-words";

/**
 * /check-in/:token: the weekly check-in the mail links to, opened without signing in, mostly on a
 * phone. The questions first, the last check-in under them (beside them on a wide screen); once
 * sent, a thank-you with what was sent.
 */
export function CheckInPage() {
  const { token = "" } = useParams();
  const form = useCheckInForm(token);
  const submit = useSubmitCheckIn(token);
  useDocumentTitle("Weekly check-in");

  if (submit.data) return <ThankYou sent={submit.data} coachName={form.data?.coachName} />;
  if (form.isPending) return <LoadingState label="Opening your check-in…" className="py-24" />;
  if (form.error) {
    if (isApiError(form.error, 410))
      return (
        <LinkNotice icon={Clock} title="This check-in is closed">
          <p>{form.error.message}</p>
        </LinkNotice>
      );
    if (isApiError(form.error, 404) || isApiError(form.error, 400))
      return (
        <LinkNotice icon={Link2Off} title="This link doesn't work">
          <p>
            We couldn't find a check-in for this link. Check that you opened the whole link from
            your email: some email programs split long links over two lines.
          </p>
        </LinkNotice>
      );
    return (
      <div className="mx-auto max-w-lg py-6">
        <ErrorState
          error={form.error}
          title="We couldn't open your check-in"
          onRetry={() => void form.refetch()}
        />
      </div>
    );
  }

  const { clientName, coachName, week, goals, commitments, last } = form.data;
  return (
    <div className="mx-auto w-full max-w-5xl">
      <header className="mb-5">
        <p className="text-sm font-medium text-brand-800">{weekLabel(week)}</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">
          Your weekly check-in
        </h1>
        <p className="mt-2 text-slate-700">
          Hello {clientName.split(" ")[0]}: two minutes on where you stand. {coachName} reads it
          before you next meet.
        </p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <CheckInFields
          goals={goals}
          commitments={commitments}
          pending={submit.isPending}
          error={submit.error}
          onSubmit={(input) => submit.mutate(input)}
        />
        <aside aria-labelledby="last-check-in" className="lg:sticky lg:top-6">
          <Card>
            <CardContent className="pt-5">
              <h2 id="last-check-in" className="mb-3 text-sm font-semibold text-slate-900">
                Your last check-in
              </h2>
              {last ? (
                <CheckInSummary checkIn={last} />
              ) : (
                <p className="text-sm text-slate-600">This is your first check-in.</p>
              )}
            </CardContent>
          </Card>
        </aside>
      </div>
    </div>
  );
}

function ThankYou({ sent, coachName }: { sent: CheckIn; coachName: string | undefined }) {
  return (
    <LinkNotice icon={CircleCheck} title="Thank you: your check-in is sent" takesFocus>
      <p>
        {coachName ?? "Your coach"} will read it before you next meet. The next one comes next week.
      </p>
      <div className="rounded-md border border-slate-200 p-3">
        <CheckInSummary checkIn={sent} heading="What you sent" />
      </div>
    </LinkNotice>
  );
}
