import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { AnswerProgress } from "../../../components/answer-progress";
import { PagedAnswerCard } from "../../../components/paged-answer-card";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { UnansweredGaps } from "../../../components/unanswered-gaps";
import { useAnswerSaver } from "../../../components/use-answer-saver";
import { formMessageOf } from "../../../lib/form-errors";
import { feedbackKeys } from "../api/feedback-keys";
import { saveSelfRating } from "../api/save-self-rating";
import { useSubmitSelfRating } from "../api/submit-self-rating";
import type { Rating, Ratings, SelfRatingView } from "../api/types";
import { campaignPath } from "./campaign-actions";
import { RatingField, ratingFieldId } from "./rating-field";
import {
  isRating,
  itemCount,
  ratedCount,
  ratingOptions,
  resumeCompetency,
  unratedCompetencies,
} from "./self-rating-progress";

/** Where focus goes after a move: the competency's heading, a behaviour, or the list of gaps. */
type FocusTarget = { to: "heading" } | { to: "behaviour"; itemId: string } | { to: "review" };

/**
 * The client rates themselves on the raters' behaviours, one competency at a time (short enough
 * for a phone screen). Each rating is saved as it is given, failed saves are kept and retried,
 * and opening it again resumes at the first competency with a behaviour not rated. Submitting
 * needs every behaviour rated or marked "not observed"; the ones left are listed.
 */
export function SelfRatingForm({ view }: { view: SelfRatingView }) {
  const { campaignId, model } = view;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { saver, state: save } = useAnswerSaver({
    storageKey: `keel.unsaved-self-ratings.${campaignId}`,
    save: (given: Ratings) => saveSelfRating(campaignId, given),
    isAnswer: isRating,
    onClosed: () => void queryClient.invalidateQueries({ queryKey: feedbackKeys.all }),
  });
  const [ratings, setRatings] = useState<Ratings>(() => ({ ...view.ratings, ...saver.unsaved() }));
  const [page, setPage] = useState(() => resumeCompetency(model, ratings));
  const [reviewing, setReviewing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ target: FocusTarget; n: number } | null>(null);
  const submit = useSubmitSelfRating();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const reviewRef = useRef<HTMLDivElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  const options = ratingOptions(model);
  const total = itemCount(model);
  const rated = ratedCount(model, ratings);
  const gaps = unratedCompetencies(model, ratings);
  const missing = total - rated;
  const competency = model.competencies[page];
  const firstNumber =
    model.competencies.slice(0, page).reduce((sum, c) => sum + c.items.length, 0) + 1;
  const isLast = page === model.competencies.length - 1;

  useEffect(() => {
    if (!focus) return;
    const { target } = focus;
    if (target.to === "behaviour") {
      const field = document.getElementById(ratingFieldId(target.itemId));
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

  function goTo(next: number, target: FocusTarget = { to: "heading" }) {
    setPage(next);
    moveFocus(target);
  }

  function onRate(itemId: string, rating: Rating) {
    setRatings((previous) => ({ ...previous, [itemId]: rating }));
    saver.answer(itemId, rating);
    setSubmitError(null);
  }

  function requestSubmit() {
    setSubmitError(null);
    if (missing > 0) {
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
        "Some ratings aren't saved yet, so we haven't submitted. Check your connection, then try again.",
      );
      return;
    }
    submit.mutate(campaignId, {
      onSuccess: () => navigate(campaignPath(campaignId)),
      onError: (error) => {
        setFinishing(false);
        setConfirming(false);
        setSubmitError(formMessageOf(error));
      },
    });
  }

  if (!competency) return null;

  return (
    <>
      <AnswerProgress
        answered={rated}
        total={total}
        label="Behaviours rated"
        save={save}
        onRetry={() => saver.retryNow()}
      />
      <PagedAnswerCard
        instructions={
          <>
            <p>
              For each behaviour, choose how often you do it at work, as honestly as you can: from{" "}
              {model.scale[0]?.label} to {model.scale.at(-1)?.label}. Think of the last few months,
              not of your best or worst day.
            </p>
            <p>
              Choose "{model.notObservedLabel}" when the situation hasn't come up, so you can't say.
              Your raters answer the same behaviours about you; the report sets your ratings beside
              theirs.
            </p>
          </>
        }
        headingId="competency-heading"
        heading={competency.name}
        headingRef={headingRef}
        description={`Competency ${page + 1} of ${model.competencies.length}${
          competency.description ? `. ${competency.description}` : ""
        }`}
        pageName="competency"
        isFirst={page === 0}
        isLast={isLast}
        onPrevious={() => goTo(page - 1)}
        onNext={() => goTo(page + 1)}
        submitLabel="Submit ratings"
        submitRef={submitRef}
        onSubmit={requestSubmit}
        submitError={submitError}
      >
        {competency.items.map((item, index) => (
          <RatingField
            key={item.id}
            item={item}
            number={firstNumber + index}
            options={options}
            value={ratings[item.id]}
            onRate={onRate}
            flagged={reviewing}
          />
        ))}
      </PagedAnswerCard>

      {reviewing && missing > 0 ? (
        <UnansweredGaps
          reviewRef={reviewRef}
          title={`${missing} ${missing === 1 ? "behaviour is" : "behaviours are"} not rated yet`}
          intro={`Rate each one, or choose "${model.notObservedLabel}", before you submit. Go to:`}
          links={gaps.map((gap) => ({
            key: gap.index,
            label: `${gap.name}: ${gap.count} left`,
            onSelect: () => goTo(gap.index, { to: "behaviour", itemId: gap.firstItemId }),
          }))}
        />
      ) : null}

      <p className="mt-4 text-sm text-slate-600">
        Your ratings are saved as you go. You can stop at any time and continue later. Nobody sees
        them before the survey closes; then they appear in your report.
      </p>

      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Submit your ratings?"
        description={
          <>
            <p>You rated all {total} behaviours. Once submitted, your ratings are final.</p>
            <p>They appear in your report beside your raters' answers.</p>
          </>
        }
        confirmLabel="Submit ratings"
        confirmVariant="primary"
        pending={finishing || submit.isPending}
        onConfirm={() => void confirmSubmit()}
        focusAfterClose={() => (submitRef.current?.isConnected ? submitRef.current : null)}
      />
    </>
  );
}
