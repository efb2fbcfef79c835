import { useEffect, useState } from "react";
import { useParams } from "react-router";
import { ErrorState } from "../../../components/error-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { isApiError } from "../../../lib/api-client";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useSurvey } from "../api/get-survey";
import { unsavedStorageKey } from "../components/survey-answers";
import { SurveyForm } from "../components/survey-form";
import { SurveyIntro } from "../components/survey-intro";
import { LinkNotValid, SurveyClosed, ThankYou } from "../components/survey-notice";

/**
 * /feedback/:token: a rater's private link, opened without an account, often on a phone. While
 * the campaign collects answers it is the survey; after sending, a thank-you; after closing, a
 * page that says so. A link that names no rater is simply "not valid".
 */
export function SurveyPage() {
  const { token = "" } = useParams();
  const survey = useSurvey(token);
  const view = survey.data;
  useDocumentTitle(view ? `Feedback for ${view.clientName}` : "Feedback survey");

  const [wasOpen, setWasOpen] = useState(false);
  useEffect(() => {
    if (view?.state === "open") setWasOpen(true);
  }, [view?.state]);

  const finished = view !== undefined && view.state !== "open";
  useEffect(() => {
    // Answers kept in the tab can no longer be sent once the survey is sent or closed.
    if (finished) forgetKept(token);
  }, [finished, token]);

  if (survey.isPending) return <LoadingState label="Opening the survey…" className="py-24" />;
  if (survey.error) {
    // A malformed token is answered with 400; to the rater it is the same broken link.
    if (isApiError(survey.error, 404) || isApiError(survey.error, 400)) return <LinkNotValid />;
    return (
      <div className="mx-auto max-w-lg py-6">
        <ErrorState
          error={survey.error}
          title="We couldn't open the survey"
          onRetry={() => void survey.refetch()}
        />
      </div>
    );
  }
  if (survey.data.state === "submitted")
    return <ThankYou view={survey.data} replacesSurvey={wasOpen} />;
  if (survey.data.state === "closed" || !survey.data.model)
    return <SurveyClosed view={survey.data} replacesSurvey={wasOpen} />;

  const open = { ...survey.data, model: survey.data.model };
  return (
    <div className="mx-auto w-full max-w-3xl">
      <SurveyIntro view={open} />
      <SurveyForm key={token} token={token} view={open} />
    </div>
  );
}

function forgetKept(token: string): void {
  try {
    sessionStorage.removeItem(unsavedStorageKey(token));
  } catch {
    // Storage refused: nothing was kept.
  }
}
