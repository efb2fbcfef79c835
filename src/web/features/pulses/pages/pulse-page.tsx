import { CircleCheck, Clock, Link2Off } from "lucide-react";
import { type FormEvent, useState } from "react";
import { useParams } from "react-router";
import type { PulseSurvey } from "../../../../contract/pulses";
import { FEEDFORWARD_MAX_LENGTH, type PulseRating } from "../../../../domain/pulses/answers";
import { ErrorState } from "../../../components/error-state";
import { LinkNotice } from "../../../components/link-notice";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { LoadingState } from "../../../components/ui/loading-state";
import { Textarea } from "../../../components/ui/textarea";
import { isApiError } from "../../../lib/api-client";
import { formatDate } from "../../../lib/format-date";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { usePulseSurvey, useSavePulseAnswers, useSubmitPulse } from "../api/pulses";
import { PulseRatingField } from "../components/pulse-rating";

/**
 * /pulse/:token: a stakeholder's private link, opened without an account, mostly on a phone.
 * While the round is open it is the few questions and a suggestion; after sending, a thank-you;
 * after closing, a page that says so. A link that names no one is simply "not valid".
 */
export function PulsePage() {
  const { token = "" } = useParams();
  const survey = usePulseSurvey(token);
  useDocumentTitle(survey.data ? `A pulse for ${survey.data.clientName}` : "Pulse");

  if (survey.isPending) return <LoadingState label="Opening the pulse…" className="py-24" />;
  if (survey.error) {
    if (isApiError(survey.error, 404) || isApiError(survey.error, 400))
      return (
        <LinkNotice icon={Link2Off} title="This link doesn't work">
          <p>
            We couldn't find a pulse for this link. Check that you opened the whole link from your
            email: some email programs split long links over two lines.
          </p>
        </LinkNotice>
      );
    return (
      <div className="mx-auto max-w-lg py-6">
        <ErrorState
          error={survey.error}
          title="We couldn't open the pulse"
          onRetry={() => void survey.refetch()}
        />
      </div>
    );
  }
  const view = survey.data;
  if (view.state === "submitted")
    return (
      <LinkNotice icon={CircleCheck} eyebrow={view.practiceName} title="Thank you">
        <p>Your answers for {view.clientName} have been sent. You can close this page.</p>
      </LinkNotice>
    );
  if (view.state === "closed" || !view.questions || !view.answers)
    return (
      <LinkNotice icon={Clock} eyebrow={view.practiceName} title="This pulse has closed">
        <p>The pulse for {view.clientName} can no longer take answers. Thank you for your time.</p>
      </LinkNotice>
    );
  return (
    <PulseForm token={token} view={{ ...view, questions: view.questions, answers: view.answers }} />
  );
}

type OpenPulse = PulseSurvey & {
  questions: NonNullable<PulseSurvey["questions"]>;
  answers: NonNullable<PulseSurvey["answers"]>;
};

function PulseForm({ token, view }: { token: string; view: OpenPulse }) {
  const save = useSavePulseAnswers(token);
  const submit = useSubmitPulse(token);
  const [ratings, setRatings] = useState<Record<string, PulseRating | null>>(view.answers.ratings);
  const [feedforward, setFeedforward] = useState(view.answers.feedforward);
  const [tried, setTried] = useState(false);

  function rate(id: string, value: PulseRating | null) {
    setRatings({ ...ratings, [id]: value });
    save.mutate({ ratings: { [id]: value } });
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (view.questions.some((q) => ratings[q.id] === undefined)) return;
    await save.mutateAsync({ ratings, feedforward });
    submit.mutate();
  }

  const failed = submit.error ?? save.error;
  return (
    <form onSubmit={send} className="mx-auto w-full max-w-2xl space-y-4 px-1 py-4">
      <header className="space-y-2">
        <p className="text-sm text-slate-600">{view.practiceName}</p>
        <h1 className="text-xl font-semibold text-slate-900">
          How has {view.clientName} been doing lately?
        </h1>
        <p className="text-sm text-slate-700">
          Hello {view.stakeholderName}. Rate how often you have seen each behaviour in the last few
          weeks, or choose Not observed. Your answers are anonymous: they stay sealed until the
          pulse closes on {formatDate(view.closesAt)} and show only joined with others, when at
          least {view.threshold} people answered.
        </p>
      </header>
      <div className="divide-y divide-slate-100">
        {view.questions.map((question, index) => (
          <PulseRatingField
            key={question.id}
            id={question.id}
            number={index + 1}
            text={question.text}
            value={ratings[question.id]}
            onRate={(value) => rate(question.id, value)}
            missing={tried && ratings[question.id] === undefined}
          />
        ))}
      </div>
      <FormField
        label="One suggestion for the future"
        name="feedforward"
        optional
        hint="Shown apart from the ratings, with the others' suggestions. Avoid details that name you."
      >
        {(control) => (
          <Textarea
            {...control}
            rows={3}
            maxLength={FEEDFORWARD_MAX_LENGTH}
            value={feedforward}
            onChange={(e) => setFeedforward(e.target.value)}
            onBlur={() => save.mutate({ feedforward })}
            placeholder="What could they do more of, or differently, in the coming weeks?"
          />
        )}
      </FormField>
      {failed ? (
        <p role="alert" className="text-sm text-red-700">
          {failed.message}
        </p>
      ) : null}
      <Button type="submit" size="lg" className="w-full sm:w-auto" disabled={submit.isPending}>
        Send my answers
      </Button>
    </form>
  );
}
