import type { ReviewComment } from "../../../../contract/feedback";
import type { FeedbackReport } from "../../../../domain/feedback/report-types";
import { QueryState } from "../../../components/query-state";
import { useReviewComments } from "../api/comments";
import { CommentReviewItem } from "./comment-review-item";
import { unitOf } from "./report-figures";

/**
 * The coach's review of the comments before release: each comment as written and as the report
 * will show it, with a way to black out words that would tell who wrote it. Each is labelled with
 * the unit the report shows it under, never with anything finer.
 */
export function CommentReview({
  campaignId,
  report,
}: {
  campaignId: string;
  report: FeedbackReport;
}) {
  const comments = useReviewComments(campaignId);
  return (
    <QueryState query={comments} loading="Loading the comments…">
      {(list) => <ReviewList list={list} report={report} campaignId={campaignId} />}
    </QueryState>
  );
}

function ReviewList({
  list,
  report,
  campaignId,
}: {
  list: ReviewComment[];
  report: FeedbackReport;
  campaignId: string;
}) {
  const shown = list.filter((comment) => unitOf(comment.group, report.units));
  const hidden = list.length - shown.length;
  const questions = [...new Map(shown.map((c) => [c.questionId, c.question])).entries()];
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-slate-700">
        Black out words that would tell who wrote a comment: names, places, events only one person
        would mention. Select them in the comment, or choose “Black out words” and type them. They
        read as “[removed]” wherever they occur in that comment. You can remove words, never add or
        change them.
      </p>
      {hidden > 0 ? (
        <p className="text-sm text-slate-600">
          {hidden} {hidden === 1 ? "comment comes" : "comments come"} from groups too small to show,
          so {hidden === 1 ? "it is" : "they are"} not in the report and not listed here.
        </p>
      ) : null}
      {questions.length === 0 ? (
        <p className="text-sm text-slate-700">No comments from groups the report shows.</p>
      ) : (
        questions.map(([questionId, question]) => (
          <div key={questionId}>
            <h3 className="font-semibold text-slate-900">{question}</h3>
            <ul className="mt-3 space-y-4">
              {shown
                .filter((comment) => comment.questionId === questionId)
                .map((comment) => (
                  <CommentReviewItem
                    key={comment.id}
                    comment={comment}
                    unit={unitOf(comment.group, report.units)?.label ?? ""}
                    campaignId={campaignId}
                  />
                ))}
            </ul>
          </div>
        ))
      )}
    </div>
  );
}
