import { useQueryClient } from "@tanstack/react-query";
import { ArrowRight } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { AnswerProgress } from "../../../components/answer-progress";
import { PagedAnswerCard } from "../../../components/paged-answer-card";
import { Button } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { UnansweredGaps } from "../../../components/unanswered-gaps";
import { useAnswerSaver } from "../../../components/use-answer-saver";
import type { Answers, AssessmentForm } from "../../../lib/api-types";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDate } from "../../../lib/format-date";
import { queryKeys } from "../../../lib/query-keys";
import { saveAnswers } from "../api/save-answers";
import { useSubmitAssessment } from "../api/submit-assessment";
import { answeredCount, itemsOnPage, pageCount, resumePage, unansweredPages } from "./answer-pages";
import { StatementField } from "./statement-field";

/** Where focus goes after a move: the page's heading, a statement, or the list of gaps. */
type FocusTarget = { to: "heading" } | { to: "statement"; itemId: string } | { to: "review" };

/**
 * The client's questionnaire: the instructions first, then one page of statements at a time.
 * Every answer is saved as it is given; opening it again resumes at the first page with a
 * statement not answered. Submitting lists the statements left out and asks for confirmation.
 */
export function Questionnaire({ form }: { form: AssessmentForm }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { saver, state: save } = useAnswerSaver({
    storageKey: `keel.unsaved-answers.${form.id}`,
    save: (given: Answers) => saveAnswers(form.id, given),
    isAnswer: (value): value is number => typeof value === "number",
    onClosed: () => void queryClient.invalidateQueries({ queryKey: queryKeys.assessment(form.id) }),
  });
  const [answers, setAnswers] = useState<Answers>(() => ({
    ...(form.answers ?? {}),
    ...saver.unsaved(),
  }));
  const perPage = Math.max(1, form.itemsPerPage);
  const pages = pageCount(form.items.length, perPage);
  const [started, setStarted] = useState(() => answeredCount(form.items, answers) > 0);
  const [page, setPage] = useState(() => resumePage(form.items, answers, perPage));
  const [reviewing, setReviewing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ target: FocusTarget; n: number } | null>(null);
  const submit = useSubmitAssessment();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const reviewRef = useRef<HTMLDivElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  const answered = answeredCount(form.items, answers);
  const gaps = unansweredPages(form.items, answers, perPage);
  const missing = gaps.reduce((sum, gap) => sum + gap.count, 0);
  const first = page * perPage + 1;
  const last = Math.min(form.items.length, (page + 1) * perPage);
  const isLastPage = page === pages - 1;

  useEffect(() => {
    if (!focus) return;
    const { target } = focus;
    if (target.to === "statement") {
      const field = document.getElementById(`statement-${target.itemId}`);
      field?.focus({ preventScroll: true });
      field?.scrollIntoView({ block: "center" });
    } else if (target.to === "review") {
      reviewRef.current?.focus({ preventScroll: true });
      reviewRef.current?.scrollIntoView({ block: "center" });
    } else {
      headingRef.current?.focus({ preventScroll: true });
      window.scrollTo({ top: 0 });
    }
  }, [focus]);

  const moveFocus = (target: FocusTarget) => setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));

  function goToPage(next: number, target: FocusTarget = { to: "heading" }) {
    setPage(next);
    moveFocus(target);
  }

  function onAnswer(itemId: string, value: number) {
    setAnswers((previous) => ({ ...previous, [itemId]: value }));
    saver.answer(itemId, value);
    setSubmitError(null);
  }

  function requestSubmit() {
    setSubmitError(null);
    if (missing > 0 && !reviewing) {
      setReviewing(true);
      moveFocus({ to: "review" });
      return;
    }
    setConfirming(true);
  }

  async function confirmSubmit() {
    setFinishing(true);
    try {
      await saver.whenSaved();
    } catch {
      setFinishing(false);
      setConfirming(false);
      setSubmitError(
        "Some answers aren't saved yet, so we haven't submitted. Check your connection, then try again.",
      );
      return;
    }
    submit.mutate(form.id, {
      onSuccess: () => navigate(`/assessments/${form.id}/results`),
      onError: (error) => {
        setFinishing(false);
        setConfirming(false);
        setSubmitError(formMessageOf(error));
      },
    });
  }

  if (!started) {
    return (
      <Introduction
        form={form}
        onStart={() => {
          setStarted(true);
          moveFocus({ to: "heading" });
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
        save={save}
        onRetry={() => saver.retryNow()}
      />
      <PagedAnswerCard
        instructions={<p>{form.instructions}</p>}
        headingId="statements-heading"
        heading={`Statements ${first} to ${last}`}
        headingRef={headingRef}
        description={`Page ${page + 1} of ${pages}. How accurately does each statement describe you?`}
        pageName="page"
        isFirst={page === 0}
        isLast={isLastPage}
        onPrevious={() => goToPage(page - 1)}
        onNext={() => goToPage(page + 1)}
        submitLabel="Submit answers"
        submitRef={submitRef}
        onSubmit={requestSubmit}
        submitError={submitError}
      >
        {itemsOnPage(form.items, page, perPage).map((item, index) => (
          <StatementField
            key={item.id}
            item={item}
            number={first + index}
            options={form.responseScale}
            value={answers[item.id]}
            onAnswer={onAnswer}
            flagged={reviewing}
          />
        ))}
      </PagedAnswerCard>

      {reviewing && missing > 0 ? (
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
            onSelect: () => goToPage(gap.page, { to: "statement", itemId: gap.firstItemId }),
          }))}
          actions={
            <>
              <Button
                variant="secondary"
                size="sm"
                onClick={() => {
                  const gap = gaps[0];
                  if (gap) goToPage(gap.page, { to: "statement", itemId: gap.firstItemId });
                }}
              >
                Go to the first unanswered statement
              </Button>
              <Button size="sm" onClick={() => setConfirming(true)}>
                Submit anyway
              </Button>
            </>
          }
        />
      ) : null}

      <p className="mt-4 text-sm text-slate-600">
        Your answers are saved as you go. You can stop at any time and continue later.
      </p>

      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
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
        pending={finishing || submit.isPending}
        onConfirm={() => void confirmSubmit()}
        focusAfterClose={() => (submitRef.current?.isConnected ? submitRef.current : null)}
      />
    </>
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
