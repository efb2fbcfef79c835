import { useQueryClient } from "@tanstack/react-query";
import { ArrowRight } from "lucide-react";
import { type Ref, useState } from "react";
import { useNavigate } from "react-router";
import type { Answers, AssessmentForm } from "../../../../contract/assessments";
import { AnswerProgress } from "../../../components/answer-progress";
import { PagedAnswerCard } from "../../../components/paged-answer-card";
import { Button } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { UnansweredGaps } from "../../../components/unanswered-gaps";
import { usePagedAnswers } from "../../../components/use-paged-answers";
import { formatDate } from "../../../lib/format-date";
import { queryKeys } from "../../../lib/query-keys";
import { rememberSavedAnswers, saveAnswers } from "../api/save-answers";
import { useSubmitAssessment } from "../api/submit-assessment";
import { answeredCount, itemsOnPage, pageCount, resumePage, unansweredPages } from "./answer-pages";
import { StatementField } from "./statement-field";

/**
 * The client's questionnaire: the instructions first, then one page of statements at a time.
 * Every answer is saved as it is given; opening it again resumes at the first page with a
 * statement not answered. Submitting lists the statements left out and asks for confirmation.
 */
export function Questionnaire({ form }: { form: AssessmentForm }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const submit = useSubmitAssessment();
  const perPage = Math.max(1, form.itemsPerPage);
  const sheet = usePagedAnswers({
    storageKey: `keel.unsaved-answers.${form.id}`,
    save: async (given: Answers) => {
      const saved = await saveAnswers(form.id, given);
      rememberSavedAnswers(queryClient, form, given, saved);
      return saved;
    },
    isAnswer: (value): value is number => typeof value === "number",
    onClosed: () => void queryClient.invalidateQueries({ queryKey: queryKeys.assessment(form.id) }),
    saved: form.answers ?? {},
    resumePage: (answers) => resumePage(form.items, answers, perPage),
    fieldId: (itemId) => `statement-${itemId}`,
    unsavedMessage:
      "Some answers aren't saved yet, so we haven't submitted. Check your connection, then try again.",
    submit: (onError) =>
      submit.mutate(form.id, {
        onSuccess: () => navigate(`/assessments/${form.id}/results`),
        onError,
      }),
    mayLeaveGaps: true,
  });
  const { answers, page } = sheet;
  const pages = pageCount(form.items.length, perPage);
  const [started, setStarted] = useState(() => answeredCount(form.items, answers) > 0);

  const answered = answeredCount(form.items, answers);
  const gaps = unansweredPages(form.items, answers, perPage);
  const missing = gaps.reduce((sum, gap) => sum + gap.count, 0);
  const first = page * perPage + 1;
  const last = Math.min(form.items.length, (page + 1) * perPage);

  if (!started) {
    return (
      <Introduction
        form={form}
        onStart={() => {
          setStarted(true);
          sheet.focusHeading();
        }}
      />
    );
  }

  return (
    <>
      <AnswerProgress
        answered={answered}
        total={form.items.length}
        label="Statements answered"
        save={sheet.saveState}
        onRetry={() => sheet.saver.retryNow()}
      />
      <PagedAnswerCard
        instructions={<p>{form.instructions}</p>}
        headingId="statements-heading"
        heading={`Statements ${first} to ${last}`}
        headingRef={sheet.headingRef}
        description={`Page ${page + 1} of ${pages}. How accurately does each statement describe you?`}
        pageName="page"
        isFirst={page === 0}
        isLast={page === pages - 1}
        onPrevious={() => sheet.goTo(page - 1)}
        onNext={() => sheet.goTo(page + 1)}
        submitLabel="Submit answers"
        submitRef={sheet.submitRef}
        onSubmit={() => sheet.requestSubmit(missing)}
        submitError={sheet.submitError}
      >
        {itemsOnPage(form.items, page, perPage).map((item, index) => (
          <StatementField
            key={item.id}
            item={item}
            number={first + index}
            options={form.responseScale}
            value={answers[item.id]}
            onAnswer={sheet.answer}
            flagged={sheet.reviewing}
          />
        ))}
      </PagedAnswerCard>

      {sheet.reviewing && missing > 0 ? (
        <StatementsLeft
          reviewRef={sheet.reviewRef}
          gaps={gaps}
          missing={missing}
          onGoTo={(gap) => sheet.goTo(gap.page, { to: "answer", itemId: gap.firstItemId })}
          onSubmitAnyway={() => sheet.setConfirming(true)}
        />
      ) : null}

      <p className="mt-4 text-sm text-slate-600">
        Your answers are saved as you go. You can stop at any time and continue later.
      </p>

      <ConfirmDialog
        open={sheet.confirming}
        onOpenChange={sheet.setConfirming}
        title="Submit your answers?"
        description={
          <>
            <p>
              {missing > 0
                ? `You answered ${answered} of ${form.items.length} statements. `
                : "You answered every statement. "}
              Once submitted, your answers are final: you can't change them.
            </p>
            <p>Your results appear straight away. Your coach sees them too.</p>
          </>
        }
        confirmLabel="Submit answers"
        confirmVariant="primary"
        pending={sheet.finishing || submit.isPending}
        onConfirm={() => void sheet.confirmSubmit()}
        focusAfterClose={sheet.focusAfterConfirm}
      />
    </>
  );
}

type Gap = ReturnType<typeof unansweredPages>[number];

/** The statements left out, by page, when the client submits; they may submit anyway. */
function StatementsLeft({
  reviewRef,
  gaps,
  missing,
  onGoTo,
  onSubmitAnyway,
}: {
  reviewRef: Ref<HTMLDivElement>;
  gaps: Gap[];
  missing: number;
  onGoTo: (gap: Gap) => void;
  onSubmitAnyway: () => void;
}) {
  return (
    <UnansweredGaps
      reviewRef={reviewRef}
      title={`${missing} ${missing === 1 ? "statement is" : "statements are"} not answered`}
      intro={
        <>
          You can go back to {missing === 1 ? "it" : "them"}, or submit without{" "}
          {missing === 1 ? "it" : "them"}. A scale with more than a fifth of its statements
          unanswered gets no score.
        </>
      }
      links={gaps.map((gap) => ({
        key: gap.page,
        label: `${gap.count} on page ${gap.page + 1}`,
        onSelect: () => onGoTo(gap),
      }))}
      actions={
        <>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => {
              const gap = gaps[0];
              if (gap) onGoTo(gap);
            }}
          >
            Go to the first unanswered statement
          </Button>
          <Button size="sm" onClick={onSubmitAnyway}>
            Submit anyway
          </Button>
        </>
      }
    />
  );
}

function Introduction({ form, onStart }: { form: AssessmentForm; onStart: () => void }) {
  const pages = pageCount(form.items.length, form.itemsPerPage);
  return (
    <Card className="max-w-3xl">
      <CardHeader>
        <CardTitle>Before you start</CardTitle>
      </CardHeader>
      <CardContent className="space-y-5">
        <p className="leading-relaxed text-slate-800">{form.instructions}</p>
        <ul className="space-y-2 text-sm text-slate-700">
          <li>
            <span className="font-semibold text-slate-900">{form.items.length} statements</span> on{" "}
            {pages} {pages === 1 ? "page" : "pages"}, about {form.instrument.minutes} minutes in
            all.
          </li>
          <li>
            Each answer is saved as you give it. You can stop at any time and continue where you
            left off.
          </li>
          <li>
            Your answers stay private until you submit; then you and your coach see the results.
          </li>
          {form.dueDate ? (
            <li>Your coach suggests finishing by {formatDate(form.dueDate)}.</li>
          ) : null}
        </ul>
        <Button size="lg" onClick={onStart}>
          Start
          <ArrowRight aria-hidden="true" />
        </Button>
      </CardContent>
    </Card>
  );
}
