import { CircleCheck, Clock, Link2Off } from "lucide-react";
import { useState } from "react";
import { useParams } from "react-router";
import type { SustainCheckInForm } from "../../../../contract/sustain";
import { formatIfThen } from "../../../../domain/goals/if-then";
import { SUSTAIN_KIND_LABELS } from "../../../../domain/sustain/plan";
import { ErrorState } from "../../../components/error-state";
import { LinkNotice } from "../../../components/link-notice";
import { ScaleChoice } from "../../../components/scale-choice";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { Card, CardContent } from "../../../components/ui/card";
import { FormField } from "../../../components/ui/form-field";
import { LoadingState } from "../../../components/ui/loading-state";
import { Textarea } from "../../../components/ui/textarea";
import { isApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDate } from "../../../lib/format-date";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useSendSustainCheckIn, useSustainCheckInForm } from "../api/sustain";
import { RATING_WORDS } from "../components/rating-words";

/**
 * /sustain-check-in/:token: the self check-in a mail links to 30, 60 and 90 days after the
 * coaching (and each quarter if wished), opened without signing in, mostly on a phone: a rating
 * of each habit, how it went and a note.
 */
export function SustainCheckInPage() {
  const { token = "" } = useParams();
  const form = useSustainCheckInForm(token);
  const send = useSendSustainCheckIn(token);
  useDocumentTitle("Self check-in");

  if (send.data)
    return (
      <LinkNotice icon={CircleCheck} title="Thank you: your self check-in is sent" takesFocus>
        <p>
          {send.data.nextCheckIn
            ? `The next one comes on ${formatDate(send.data.nextCheckIn)}.`
            : "That was the last one you asked for. Keep going: your plan stays in Keel to come back to."}
        </p>
      </LinkNotice>
    );
  if (form.isPending) return <LoadingState label="Opening your self check-in…" className="py-24" />;
  if (form.error) {
    if (isApiError(form.error, 410))
      return (
        <LinkNotice icon={Clock} title="This self check-in is closed">
          <p>{form.error.message}</p>
        </LinkNotice>
      );
    if (isApiError(form.error, 404) || isApiError(form.error, 400))
      return (
        <LinkNotice icon={Link2Off} title="This link doesn't work">
          <p>
            We couldn't find a self check-in for this link. Check that you opened the whole link
            from your email: some email programs split long links over two lines.
          </p>
        </LinkNotice>
      );
    return (
      <div className="mx-auto max-w-lg py-6">
        <ErrorState
          error={form.error}
          title="We couldn't open your self check-in"
          onRetry={() => void form.refetch()}
        />
      </div>
    );
  }
  return <CheckInForm form={form.data} send={send} />;
}

function CheckInForm({
  form,
  send,
}: {
  form: SustainCheckInForm;
  send: ReturnType<typeof useSendSustainCheckIn>;
}) {
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const [howItWent, setHowItWent] = useState("");
  const [note, setNote] = useState("");
  const [unrated, setUnrated] = useState(false);
  const serverErrors = isApiError(send.error, 400) ? send.error.fields : [];
  return (
    <div className="mx-auto w-full max-w-xl">
      <header className="mb-5">
        <p className="text-sm font-medium text-brand-800">{formatDate(form.due)}</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">
          Your self check-in
        </h1>
        <p className="mt-2 text-slate-700">
          Hello {form.clientName.split(" ")[0]}: how did what you set out to keep up with{" "}
          {form.coachName} go lately? Two minutes, for you.
        </p>
      </header>
      <form
        noValidate
        className="space-y-5"
        onSubmit={(event) => {
          event.preventDefault();
          const missing = form.items.some((item) => ratings[item.id] === undefined);
          setUnrated(missing);
          if (missing) return;
          send.mutate({
            ratings: form.items.map((item) => ({ itemId: item.id, rating: ratings[item.id] ?? 0 })),
            howItWent,
            note,
          });
        }}
      >
        <FormAlert
          message={
            unrated
              ? "Rate each one, from 1 to 5."
              : serverErrors.length > 0
                ? (serverErrors[0]?.message ?? null)
                : formMessageOf(send.error)
          }
        />
        {form.items.map((item) => (
          <Card key={item.id}>
            <CardContent className="space-y-3 pt-5">
              <div>
                <p className="text-xs font-medium uppercase tracking-wide text-brand-800">
                  {SUSTAIN_KIND_LABELS[item.kind]}
                </p>
                <h2 className="font-semibold text-slate-900">{item.title}</h2>
                <p className="text-sm text-slate-600">
                  {item.cue} · {item.check}
                </p>
              </div>
              <ScaleChoice
                name={`rating-${item.id}`}
                legend="How often did you keep it up?"
                hiddenLegend={`(${item.title})`}
                hint="1 is not at all, 5 every time it was due"
                max={5}
                words={RATING_WORDS}
                value={ratings[item.id] ?? null}
                onChange={(value) => setRatings({ ...ratings, [item.id]: value })}
                error={
                  unrated && ratings[item.id] === undefined ? "Choose from 1 to 5." : undefined
                }
              />
              {(ratings[item.id] ?? 5) <= 2 && item.ifThen.length > 0 ? (
                <div className="rounded-md bg-brand-50 p-3 text-sm text-brand-900">
                  <p className="font-medium">Your plans for this:</p>
                  <ul className="mt-1 space-y-0.5">
                    {item.ifThen.map((plan) => (
                      <li key={`${plan.situation}/${plan.action}`}>{formatIfThen(plan)}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </CardContent>
          </Card>
        ))}
        <FormField label="How did it go?" name="howItWent" optional>
          {(control) => (
            <Textarea
              {...control}
              rows={3}
              value={howItWent}
              onChange={(e) => setHowItWent(e.target.value)}
            />
          )}
        </FormField>
        <FormField label="A note for yourself" name="note" optional>
          {(control) => (
            <Textarea
              {...control}
              rows={2}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </FormField>
        <Button type="submit" className="w-full sm:w-auto" disabled={send.isPending}>
          {send.isPending ? "Sending…" : "Send my self check-in"}
        </Button>
      </form>
    </div>
  );
}
