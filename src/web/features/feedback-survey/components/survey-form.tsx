import { useQueryClient } from "@tanstack/react-query";
import { ArrowDown } from "lucide-react";
import { useEffect, useState } from "react";
import type { SurveyModel, SurveyView } from "../../../../contract/feedback";
import { AnswerProgress } from "../../../components/answer-progress";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { usePagedAnswers } from "../../../components/use-paged-answers";
import { isApiError } from "../../../lib/api-client";
import { surveyKey } from "../api/get-survey";
import { saveSurveyAnswers } from "../api/save-survey-answers";
import { useSubmitSurvey } from "../api/submit-survey";
import { ItemsLeft } from "./items-left";
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
  ratingAnswers,
  ratingKey,
  type SurveyAnswerValue,
  surveyAnswersOf,
  unsavedStorageKey,
} from "./survey-answers";
import { CompetencyCard, OpenQuestionsCard, SendCard } from "./survey-sections";
import { createTypingPause } from "./typing-pause";

type OpenSurvey = SurveyView & { model: SurveyModel };

/**
 * The open survey: the behaviours competency by competency, then the open questions, on one page.
 * Every answer is saved as it is given; opening the link again brings the answers back. Sending
 * first lists the behaviours left, each a link to it, then asks for confirmation.
 */
export function SurveyForm({ token, view }: { token: string; view: OpenSurvey }) {
  const { model } = view;
  const submit = useSubmitSurvey(token);
  const sheet = useSurveyAnswers(token, view, (onError) => submit.mutate(undefined, { onError }));
  const { saver } = sheet;
  const typing = useCommentTyping((key, text) => saver.answer(key, text));
  const [comments, setComments] = useState(() => ({
    ...(view.answers?.comments ?? {}),
    ...surveyAnswersOf(saver.unsaved()).comments,
  }));
  const { ratings } = surveyAnswersOf(sheet.answers);
  const [resumeAt] = useState(() =>
    answeredCount(model, ratings) > 0 ? firstUnanswered(model, ratings) : null,
  );

  const competencies = numberedCompetencies(model);
  const total = itemCount(model);
  const answered = answeredCount(model, ratings);
  const left = itemsLeft(model, ratings);

  function onWrite(questionId: string, text: string) {
    setComments((previous) => ({ ...previous, [questionId]: text }));
    typing.write(commentKey(questionId), text);
  }

  return (
    <>
      <AnswerProgress
        answered={answered}
        total={total}
        label="Behaviours answered"
        save={sheet.saveState}
        onRetry={() => saver.retryNow()}
      />

      {resumeAt ? (
        <Alert tone="info" className="mb-6" title="Welcome back">
          <p>Your answers so far are saved. Carry on where you left off.</p>
          <Button
            variant="secondary"
            size="sm"
            className="mt-2"
            onClick={() => sheet.focusAnswer(resumeAt)}
          >
            <ArrowDown aria-hidden="true" />
            Go to the next unanswered behaviour
          </Button>
        </Alert>
      ) : null}

      <div className="space-y-6">
        {competencies.map((competency, index) => (
          <CompetencyCard
            key={competency.id}
            competency={competency}
            part={index + 1}
            parts={competencies.length}
            model={model}
            ratings={ratings}
            onRate={(itemId, value) => sheet.answer(ratingKey(itemId), value)}
            flagged={sheet.reviewing}
          />
        ))}
        <OpenQuestionsCard
          questions={model.openQuestions}
          comments={comments}
          onWrite={onWrite}
          onDone={(questionId) => typing.flush(commentKey(questionId))}
        />
        {sheet.reviewing && left.length > 0 ? (
          <ItemsLeft ref={sheet.reviewRef} left={left} onGoTo={sheet.focusAnswer} />
        ) : null}
        <div role="alert" className="empty:hidden">
          {sheet.submitError ? <Alert tone="danger">{sheet.submitError}</Alert> : null}
        </div>
        <SendCard
          answered={answered}
          total={total}
          sendRef={sheet.submitRef}
          onSend={() => sheet.requestSubmit(total - answered)}
        />
      </div>

      <ConfirmDialog
        open={sheet.confirming}
        onOpenChange={sheet.setConfirming}
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
        pending={sheet.finishing || submit.isPending}
        onConfirm={() => {
          typing.flush();
          void sheet.confirmSubmit();
        }}
        focusAfterClose={sheet.focusAfterConfirm}
      />
    </>
  );
}

/** How long typing must pause before a comment is saved. */
const TYPING_PAUSE = 800;

/**
 * The shared paged answers on one page, fed ratings and comments by key. A 409 (sent from another
 * tab, or closed meanwhile) or a 404 (the link was withdrawn) fetches the survey again to show why.
 */
function useSurveyAnswers(
  token: string,
  view: OpenSurvey,
  submit: (onError: (error: unknown) => void) => void,
) {
  const queryClient = useQueryClient();
  const sheet = usePagedAnswers<SurveyAnswerValue, unknown>({
    storageKey: unsavedStorageKey(token),
    save: (answers) => saveSurveyAnswers(token, surveyAnswersOf(answers)),
    isAnswer: isSurveyAnswer,
    onClosed: () => void queryClient.invalidateQueries({ queryKey: surveyKey(token) }),
    saved: ratingAnswers(view.answers?.ratings ?? {}),
    fieldId: behaviourDomId,
    unsavedMessage:
      "Some answers aren't saved yet, so nothing was sent. Check your connection, then try again.",
    submit,
    refusedAsMissing: (error) =>
      isApiError(error, 400) ? itemIdsOfFields(error.fields).map(ratingKey) : [],
    reviewScroll: "start",
  });
  const gone = sheet.saveState.status === "failed" && isApiError(sheet.saveState.error, 404);
  useEffect(() => {
    if (gone) void queryClient.invalidateQueries({ queryKey: surveyKey(token) });
  }, [gone, queryClient, token]);
  return sheet;
}

/**
 * Comments go to the saver once typing pauses. Text still being typed goes when the page goes
 * away, which keeps it in the tab.
 */
function useCommentTyping(answer: (key: string, text: string) => void) {
  const [typing] = useState(() => createTypingPause(answer, TYPING_PAUSE));
  useEffect(() => {
    const pass = () => typing.flush();
    window.addEventListener("pagehide", pass);
    return () => {
      window.removeEventListener("pagehide", pass);
      typing.flush();
    };
  }, [typing]);
  return typing;
}
