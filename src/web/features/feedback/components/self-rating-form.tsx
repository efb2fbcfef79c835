import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import type { Ratings, SelfRatingView } from "../../../../contract/feedback";
import { AnswerProgress } from "../../../components/answer-progress";
import { PagedAnswerCard } from "../../../components/paged-answer-card";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { UnansweredGaps } from "../../../components/unanswered-gaps";
import { usePagedAnswers } from "../../../components/use-paged-answers";
import { feedbackKeys } from "../api/feedback-keys";
import { saveSelfRating } from "../api/save-self-rating";
import { useSubmitSelfRating } from "../api/submit-self-rating";
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
  const submit = useSubmitSelfRating();
  const sheet = usePagedAnswers({
    storageKey: `keel.unsaved-self-ratings.${campaignId}`,
    save: (given: Ratings) => saveSelfRating(campaignId, given),
    isAnswer: isRating,
    onClosed: () => void queryClient.invalidateQueries({ queryKey: feedbackKeys.all }),
    saved: view.ratings,
    resumePage: (ratings) => resumeCompetency(model, ratings),
    fieldId: ratingFieldId,
    unsavedMessage:
      "Some ratings aren't saved yet, so we haven't submitted. Check your connection, then try again.",
    submit: (onError) =>
      submit.mutate(campaignId, { onSuccess: () => navigate(campaignPath(campaignId)), onError }),
  });
  const { answers: ratings, page } = sheet;

  const options = ratingOptions(model);
  const total = itemCount(model);
  const rated = ratedCount(model, ratings);
  const gaps = unratedCompetencies(model, ratings);
  const missing = total - rated;
  const competency = model.competencies[page];
  const firstNumber =
    model.competencies.slice(0, page).reduce((sum, c) => sum + c.items.length, 0) + 1;

  if (!competency) return null;

  return (
    <>
      <AnswerProgress
        answered={rated}
        total={total}
        label="Behaviours rated"
        save={sheet.saveState}
        onRetry={() => sheet.saver.retryNow()}
      />
      <PagedAnswerCard
        instructions={<SelfRatingInstructions model={model} />}
        headingId="competency-heading"
        heading={competency.name}
        headingRef={sheet.headingRef}
        description={`Competency ${page + 1} of ${model.competencies.length}${
          competency.description ? `. ${competency.description}` : ""
        }`}
        pageName="competency"
        isFirst={page === 0}
        isLast={page === model.competencies.length - 1}
        onPrevious={() => sheet.goTo(page - 1)}
        onNext={() => sheet.goTo(page + 1)}
        submitLabel="Submit ratings"
        submitRef={sheet.submitRef}
        onSubmit={() => sheet.requestSubmit(missing)}
        submitError={sheet.submitError}
      >
        {competency.items.map((item, index) => (
          <RatingField
            key={item.id}
            item={item}
            number={firstNumber + index}
            options={options}
            value={ratings[item.id]}
            onRate={sheet.answer}
            flagged={sheet.reviewing}
          />
        ))}
      </PagedAnswerCard>

      {sheet.reviewing && missing > 0 ? (
        <UnansweredGaps
          reviewRef={sheet.reviewRef}
          title={`${missing} ${missing === 1 ? "behaviour is" : "behaviours are"} not rated yet`}
          intro={`Rate each one, or choose "${model.notObservedLabel}", before you submit. Go to:`}
          links={gaps.map((gap) => ({
            key: gap.index,
            label: `${gap.name}: ${gap.count} left`,
            onSelect: () => sheet.goTo(gap.index, { to: "answer", itemId: gap.firstItemId }),
          }))}
        />
      ) : null}

      <p className="mt-4 text-sm text-slate-600">
        Your ratings are saved as you go. You can stop at any time and continue later. Nobody sees
        them before the survey closes; then they appear in your report.
      </p>

      <ConfirmDialog
        open={sheet.confirming}
        onOpenChange={sheet.setConfirming}
        title="Submit your ratings?"
        description={
          <>
            <p>You rated all {total} behaviours. Once submitted, your ratings are final.</p>
            <p>They appear in your report beside your raters' answers.</p>
          </>
        }
        confirmLabel="Submit ratings"
        confirmVariant="primary"
        pending={sheet.finishing || submit.isPending}
        onConfirm={() => void sheet.confirmSubmit()}
        focusAfterClose={sheet.focusAfterConfirm}
      />
    </>
  );
}

function SelfRatingInstructions({ model }: { model: SelfRatingView["model"] }) {
  return (
    <>
      <p>
        For each behaviour, choose how often you do it at work, as honestly as you can: from{" "}
        {model.scale[0]?.label} to {model.scale.at(-1)?.label}. Think of the last few months, not of
        your best or worst day.
      </p>
      <p>
        Choose "{model.notObservedLabel}" when the situation hasn't come up, so you can't say. Your
        raters answer the same behaviours about you; the report sets your ratings beside theirs.
      </p>
    </>
  );
}
