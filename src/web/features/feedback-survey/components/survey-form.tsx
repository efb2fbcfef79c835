import { useQueryClient } from "@tanstack/react-query";
import { ArrowDown, Send } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { AnswerProgress } from "../../../components/answer-progress";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "../../../components/ui/card";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { useAnswerSaver } from "../../../components/use-answer-saver";
import { isApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";
import { surveyKey } from "../api/get-survey";
import { saveSurveyAnswers } from "../api/save-survey-answers";
import { useSubmitSurvey } from "../api/submit-survey";
import type { Rating, SurveyModel, SurveyView } from "../api/types";
import { BehaviourField } from "./behaviour-field";
import { ItemsLeft } from "./items-left";
import { CommentHint, OpenQuestionField } from "./open-question-field";
import {
  answeredCount,
  behaviourDomId,
  commentKey,
  firstUnanswered,
  isSurveyAnswer,
  itemCount,
  itemIdsOfFields,
  itemsLeft,
  numberedCompetencies,
  ratingKey,
  type SurveyAnswerValue,
  surveyAnswersOf,
  unsavedStorageKey,
} from "./survey-answers";
import { createTypingPause } from "./typing-pause";

type OpenSurvey = SurveyView & { model: SurveyModel };

/**
 * The open survey: the behaviours competency by competency, then the open questions, on one page.
 * Every answer is saved as it is given; opening the link again brings the answers back. Sending
 * first lists the behaviours left, each a link to it, then asks for confirmation.
 */
export function SurveyForm({ token, view }: { token: string; view: OpenSurvey }) {
  const { model } = view;
  const { saver, state: save } = useSurveySaver(token);
  const [typing] = useState(() =>
    createTypingPause((key, text) => saver.answer(key, text), TYPING_PAUSE),
  );
  // Text still being typed goes to the saver when the page goes away, which keeps it in the tab.
  useEffect(() => {
    const pass = () => typing.flush();
    window.addEventListener("pagehide", pass);
    return () => {
      window.removeEventListener("pagehide", pass);
      typing.flush();
    };
  }, [typing]);
  const [ratings, setRatings] = useState(() => ({
    ...(view.answers?.ratings ?? {}),
    ...surveyAnswersOf(saver.unsaved()).ratings,
  }));
  const [comments, setComments] = useState(() => ({
    ...(view.answers?.comments ?? {}),
    ...surveyAnswersOf(saver.unsaved()).comments,
  }));
  const [resumeAt] = useState(() =>
    answeredCount(model, ratings) > 0 ? firstUnanswered(model, ratings) : null,
  );
  const [reviewing, setReviewing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const submit = useSubmitSurvey(token);
  const leftRef = useRef<HTMLDivElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);

  const competencies = numberedCompetencies(model);
  const total = itemCount(model);
  const answered = answeredCount(model, ratings);
  const left = itemsLeft(model, ratings);

  function onRate(itemId: string, value: Rating) {
    setRatings((previous) => ({ ...previous, [itemId]: value }));
    saver.answer(ratingKey(itemId), value);
    setMessage(null);
  }

  function onWrite(questionId: string, text: string) {
    setComments((previous) => ({ ...previous, [questionId]: text }));
    typing.write(commentKey(questionId), text);
  }

  function showLeft() {
    setReviewing(true);
    requestAnimationFrame(() => {
      leftRef.current?.focus({ preventScroll: true });
      leftRef.current?.scrollIntoView({ block: "start" });
    });
  }

  function requestSend() {
    setMessage(null);
    if (left.length > 0) showLeft();
    else setConfirming(true);
  }

  async function confirmSend() {
    setFinishing(true);
    typing.flush();
    try {
      await saver.whenSaved();
    } catch {
      setFinishing(false);
      setConfirming(false);
      setMessage(
        "Some answers aren't saved yet, so nothing was sent. Check your connection, then try again.",
      );
      return;
    }
    submit.mutate(undefined, {
      onError: (error) => {
        setFinishing(false);
        setConfirming(false);
        const missing = isApiError(error, 400) ? itemIdsOfFields(error.fields) : [];
        if (missing.length > 0) {
          // The server has no answer for these: show them as unanswered, whatever the page held.
          setRatings((previous) =>
            Object.fromEntries(Object.entries(previous).filter(([id]) => !missing.includes(id))),
          );
          showLeft();
        } else setMessage(formMessageOf(error));
      },
    });
  }

  return (
    <>
      <AnswerProgress
        answered={answered}
        total={total}
        label="Behaviours answered"
        save={save}
        onRetry={() => saver.retryNow()}
      />

      {resumeAt ? (
        <Alert tone="info" className="mb-6" title="Welcome back">
          <p>Your answers so far are saved. Carry on where you left off.</p>
          <Button
            variant="secondary"
            size="sm"
            className="mt-2"
            onClick={() => focusItem(resumeAt)}
          >
            <ArrowDown aria-hidden="true" />
            Go to the next unanswered behaviour
          </Button>
        </Alert>
      ) : null}

      <div className="space-y-6">
        {competencies.map((competency, index) => (
          <Card key={competency.id}>
            <section aria-labelledby={`competency-${competency.id}-heading`}>
              <CardHeader>
                <div>
                  <p className="text-xs font-medium text-slate-600">
                    Part {index + 1} of {competencies.length}
                  </p>
                  <h2
                    id={`competency-${competency.id}-heading`}
                    className="text-lg font-semibold text-slate-900"
                  >
                    {competency.name}
                  </h2>
                  <CardDescription className="text-base">{competency.description}</CardDescription>
                </div>
              </CardHeader>
              <CardContent>
                {competency.items.map((item) => (
                  <BehaviourField
                    key={item.id}
                    item={item}
                    scale={model.scale}
                    notObservedLabel={model.notObservedLabel}
                    value={ratings[item.id]}
                    onRate={onRate}
                    flagged={reviewing}
                  />
                ))}
              </CardContent>
            </section>
          </Card>
        ))}

        {model.openQuestions.length > 0 ? (
          <Card>
            <section aria-labelledby="open-questions-heading">
              <CardHeader>
                <div>
                  <h2 id="open-questions-heading" className="text-lg font-semibold text-slate-900">
                    In your own words
                  </h2>
                  <CommentHint className="mt-1" />
                </div>
              </CardHeader>
              <CardContent className="space-y-6">
                {model.openQuestions.map((question) => (
                  <OpenQuestionField
                    key={question.id}
                    question={question}
                    value={comments[question.id] ?? ""}
                    onWrite={onWrite}
                    onDone={() => typing.flush(commentKey(question.id))}
                  />
                ))}
              </CardContent>
            </section>
          </Card>
        ) : null}

        {reviewing && left.length > 0 ? (
          <ItemsLeft ref={leftRef} left={left} onGoTo={focusItem} />
        ) : null}

        <div role="alert" className="empty:hidden">
          {message ? <Alert tone="danger">{message}</Alert> : null}
        </div>

        <Card>
          <CardContent className="flex flex-col gap-4 pt-5 sm:flex-row sm:items-center sm:justify-between sm:pt-6">
            <p className="text-sm text-slate-700">
              {answered === total
                ? "You've answered every behaviour."
                : `${total - answered} of ${total} behaviours still need an answer.`}{" "}
              Once sent, your answers are final.
            </p>
            <Button ref={sendRef} size="lg" onClick={requestSend} className="w-full sm:w-auto">
              <Send aria-hidden="true" />
              Send feedback
            </Button>
          </CardContent>
        </Card>
      </div>

      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Send your feedback?"
        description={
          <>
            <p>You can't change your answers after sending.</p>
            <p>
              {view.clientName} sees them only in the report, as described at the top of this page.
            </p>
          </>
        }
        confirmLabel="Send feedback"
        confirmVariant="primary"
        pending={finishing || submit.isPending}
        onConfirm={() => void confirmSend()}
        focusAfterClose={() => (sendRef.current?.isConnected ? sendRef.current : null)}
      />
    </>
  );
}

/** How long typing must pause before a comment is saved. */
const TYPING_PAUSE = 800;

/**
 * The shared answer saver, fed ratings and comments by key. A 409 (sent from another tab, or
 * closed meanwhile) or a 404 (the link was withdrawn) fetches the survey again to show why.
 */
function useSurveySaver(token: string) {
  const queryClient = useQueryClient();
  const saved = useAnswerSaver<SurveyAnswerValue, unknown>({
    storageKey: unsavedStorageKey(token),
    save: (answers) => saveSurveyAnswers(token, surveyAnswersOf(answers)),
    isAnswer: isSurveyAnswer,
    onClosed: () => void queryClient.invalidateQueries({ queryKey: surveyKey(token) }),
  });
  const gone = saved.state.status === "failed" && isApiError(saved.state.error, 404);
  useEffect(() => {
    if (gone) void queryClient.invalidateQueries({ queryKey: surveyKey(token) });
  }, [gone, queryClient, token]);
  return saved;
}

/** Moves focus to a behaviour's radio group and brings it to the middle of the screen. */
function focusItem(itemId: string) {
  const field = document.getElementById(behaviourDomId(itemId));
  field?.focus({ preventScroll: true });
  field?.scrollIntoView({ block: "center" });
}
