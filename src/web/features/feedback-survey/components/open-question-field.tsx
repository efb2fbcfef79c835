import type { SurveyQuestion } from "../../../../contract/feedback";
import { Textarea } from "../../../components/ui/textarea";
import { cn } from "../../../lib/cn";

const LIMIT = 5_000;

/** An open question: optional, saved as the rater types (once the typing pauses). */
export function OpenQuestionField({
  question,
  value,
  onWrite,
  onDone,
}: {
  question: SurveyQuestion;
  value: string;
  onWrite: (questionId: string, text: string) => void;
  /** The rater left the field: save what they wrote without waiting for the pause. */
  onDone: () => void;
}) {
  const id = `comment-${question.id}`;
  const nearLimit = value.length > LIMIT * 0.9;
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-base font-medium text-slate-900">
        {question.text}
      </label>
      <Textarea
        id={id}
        rows={4}
        value={value}
        maxLength={LIMIT}
        aria-describedby="comment-hint"
        onChange={(event) => onWrite(question.id, event.target.value)}
        onBlur={onDone}
        className="min-h-28 resize-y leading-relaxed"
      />
      {nearLimit ? (
        <p className="text-right text-xs font-medium text-amber-900 tabular-nums">
          {value.length.toLocaleString("en-GB")} / {LIMIT.toLocaleString("en-GB")} characters
        </p>
      ) : null}
    </div>
  );
}

/** Said once above the open questions; each textarea points to it. */
export function CommentHint({ className }: { className?: string }) {
  return (
    <p id="comment-hint" className={cn("text-sm text-slate-600", className)}>
      Optional. Comments are shown without your name. Leave out details that would tell who wrote
      them; the coach may black out such words before anyone reads the report.
    </p>
  );
}
