import { EyeOff, X } from "lucide-react";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { ReviewComment } from "../../../../contract/feedback";
import { Button } from "../../../components/ui/button";
import { Input } from "../../../components/ui/input";
import { isApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";
import { useRedactComment } from "../api/comments";
import { cleanPhrase, occursIn, withoutPhrase, withPhrase } from "./comment-review-phrases";
import { ShownText } from "./comment-review-text";

/**
 * One comment under review: as written (only the coach sees it), as the report shows it once
 * something is blacked out, the phrases blacked out so far (each can be shown again), and a field
 * for the next phrase, which opens filled when the coach selects words in the comment.
 */
export function CommentReviewItem({
  comment,
  unit,
  campaignId,
}: {
  comment: ReviewComment;
  unit: string;
  campaignId: string;
}) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [phrase, setPhrase] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const redact = useRedactComment(campaignId);
  const inputRef = useRef<HTMLInputElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const originalRef = useSelectedPhrase((selected) => {
    setPhrase(selected);
    setProblem(null);
    setEditing(true);
  });

  function send(redactions: string[]) {
    redact.mutate(
      { commentId: comment.id, redactions },
      {
        onSuccess: () => {
          setPhrase("");
          setProblem(null);
          setEditing(false);
          // The form or the chip that was used is gone: focus stays with this comment.
          requestAnimationFrame(() => toggleRef.current?.focus());
        },
        onError: (error) => {
          const field = isApiError(error, 400) ? error.fields[0]?.message : undefined;
          setProblem(
            field ??
              (isApiError(error, 409)
                ? "The report was released, so its comments can no longer change."
                : formMessageOf(error)),
          );
        },
      },
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const cleaned = cleanPhrase(phrase);
    if (cleaned === "") return setProblem("Select or type the words to black out.");
    if (!occursIn(comment.original, cleaned))
      return setProblem(`“${cleaned}” does not occur in this comment as written.`);
    send(withPhrase(comment.redactions, cleaned));
  }

  const redacted = comment.redactions.length > 0;
  return (
    <li className="rounded-lg border border-slate-200 p-4">
      <p className="text-xs font-medium text-slate-600">
        {unit}
        {redacted ? " · as written, only you see this" : null}
      </p>
      <p
        ref={originalRef}
        className="mt-1 text-sm leading-relaxed whitespace-pre-wrap text-slate-900 selection:bg-slate-800 selection:text-white"
      >
        {comment.original}
      </p>
      {redacted ? (
        <div className="mt-3 rounded-md bg-slate-50 px-3 py-2">
          <p className="text-xs font-medium text-slate-600">In the report</p>
          <p className="mt-1 text-sm leading-relaxed whitespace-pre-wrap text-slate-900">
            <ShownText text={comment.shown} />
          </p>
          <ul className="mt-2 flex flex-wrap gap-2" aria-label="Blacked out">
            {comment.redactions.map((redaction) => (
              <li
                key={redaction}
                className="inline-flex items-center gap-1 rounded-full bg-white py-0.5 pr-0.5 pl-3 text-sm text-slate-800 ring-1 ring-slate-200"
              >
                {redaction}
                <button
                  type="button"
                  onClick={() => send(withoutPhrase(comment.redactions, redaction))}
                  disabled={redact.isPending}
                  className="flex size-8 items-center justify-center rounded-full hover:bg-slate-100"
                >
                  <X className="size-3.5" aria-hidden="true" />
                  <span className="sr-only">Show “{redaction}” again</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {editing ? (
        <form noValidate onSubmit={onSubmit} className="mt-3">
          <label htmlFor={`${id}-phrase`} className="text-xs font-medium text-slate-700">
            Words to black out
          </label>
          <div className="mt-1 flex flex-col gap-2 sm:flex-row">
            <Input
              ref={inputRef}
              id={`${id}-phrase`}
              value={phrase}
              maxLength={500}
              onChange={(event) => {
                setPhrase(event.target.value);
                setProblem(null);
              }}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
            />
            <div className="flex gap-2">
              <Button type="submit" pending={redact.isPending}>
                Black out
              </Button>
              <Button variant="ghost" onClick={() => setEditing(false)}>
                Cancel
              </Button>
            </div>
          </div>
          {problem ? (
            <p id={`${id}-problem`} role="alert" className="mt-1 text-sm font-medium text-red-700">
              {problem}
            </p>
          ) : null}
        </form>
      ) : (
        <Button
          ref={toggleRef}
          variant="link"
          size="sm"
          className="mt-2"
          onClick={() => {
            setEditing(true);
            requestAnimationFrame(() => inputRef.current?.focus());
          }}
        >
          <EyeOff aria-hidden="true" />
          Black out words
        </Button>
      )}
    </li>
  );
}

/** Calls back with the words selected inside the returned element, as soon as they are selected. */
function useSelectedPhrase(onSelect: (phrase: string) => void) {
  const ref = useRef<HTMLParagraphElement>(null);
  const callback = useRef(onSelect);
  callback.current = onSelect;
  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection();
      const element = ref.current;
      if (!selection || selection.isCollapsed || !element) return;
      if (!element.contains(selection.anchorNode) || !element.contains(selection.focusNode)) return;
      const phrase = cleanPhrase(selection.toString());
      if (phrase !== "") callback.current(phrase);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, []);
  return ref;
}
