import { useEffect, useEffectEvent, useRef, useState } from "react";
import { formMessageOf } from "../lib/form-errors";
import type { AnswerMap } from "./answer-saver";
import { type AnswerSaverOptions, useAnswerSaver } from "./use-answer-saver";

/** Where focus goes after a move: the page's heading, an answer's field, or the list of gaps. */
export type FocusTarget = { to: "heading" } | { to: "answer"; itemId: string } | { to: "review" };

type PagedAnswersOptions<V, Saved> = AnswerSaverOptions<V, Saved> & {
  /** The answers the server holds; those kept in the tab from an earlier visit go over them. */
  saved: AnswerMap<V>;
  /** The page to open at, from the answers so far; a form on one page leaves it out. */
  resumePage?: (answers: AnswerMap<V>) => number;
  /** The element of an item's field, which takes focus when the client is sent to it. */
  fieldId: (itemId: string) => string;
  /** Said when answers are still unsaved at submitting, so nothing was submitted. */
  unsavedMessage: string;
  /** Submits the answers (a mutation), calling `onError` if the server refuses. */
  submit: (onError: (error: unknown) => void) => void;
  /** Submitting with items left asks first only once; then "Submit anyway" goes on. */
  mayLeaveGaps?: boolean;
  /**
   * The answers (by key) a refused submission says are missing: they are taken back, and the
   * list of those left is shown instead of an error.
   */
  refusedAsMissing?: (error: unknown) => string[];
  /** Where the list of gaps lands when it takes focus: a long list is better read from its top. */
  reviewScroll?: ScrollLogicalPosition;
};

/**
 * What a questionnaire, the self-rating and the 360 survey share: the answers, saved as they are
 * given (useAnswerSaver) and kept in the tab until saved; the page shown and where focus goes after
 * a move; and submitting, which first shows the items left, then asks for confirmation, then waits
 * for every answer to be saved before it submits.
 */
export function usePagedAnswers<V, Saved>({
  saved,
  resumePage,
  fieldId,
  unsavedMessage,
  submit,
  mayLeaveGaps = false,
  refusedAsMissing,
  reviewScroll = "center",
  ...saverOptions
}: PagedAnswersOptions<V, Saved>) {
  const { saver, state: saveState } = useAnswerSaver(saverOptions);
  const [answers, setAnswers] = useState<AnswerMap<V>>(() => ({ ...saved, ...saver.unsaved() }));
  const [page, setPage] = useState(() => resumePage?.(answers) ?? 0);
  const [reviewing, setReviewing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ target: FocusTarget; n: number } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const reviewRef = useRef<HTMLDivElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  const focusOn = useEffectEvent((target: FocusTarget) => {
    if (target.to === "answer") {
      const field = document.getElementById(fieldId(target.itemId));
      field?.focus({ preventScroll: true });
      field?.scrollIntoView({ block: "center" });
    } else if (target.to === "review") {
      reviewRef.current?.focus({ preventScroll: true });
      reviewRef.current?.scrollIntoView({ block: reviewScroll });
    } else {
      headingRef.current?.focus({ preventScroll: true });
      window.scrollTo({ top: 0 });
    }
  });
  useEffect(() => {
    if (focus) focusOn(focus.target);
  }, [focus]);

  /** Moves focus once React has rendered what it goes to. */
  const moveFocus = (target: FocusTarget) => setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));

  function goTo(next: number, target: FocusTarget = { to: "heading" }) {
    setPage(next);
    moveFocus(target);
  }

  function answer(key: string, value: V) {
    setAnswers((previous) => ({ ...previous, [key]: value }));
    saver.answer(key, value);
    setSubmitError(null);
  }

  function review() {
    setReviewing(true);
    moveFocus({ to: "review" });
  }

  /** The client asks to submit, with `missing` items left unanswered. */
  function requestSubmit(missing: number) {
    setSubmitError(null);
    if (missing > 0 && !(mayLeaveGaps && reviewing)) return review();
    setConfirming(true);
  }

  function refused(error: unknown) {
    setFinishing(false);
    setConfirming(false);
    const missing = refusedAsMissing?.(error) ?? [];
    if (missing.length === 0) return setSubmitError(formMessageOf(error));
    // The server has no answer for these: show them as unanswered, whatever the page held.
    setAnswers((previous) =>
      Object.fromEntries(Object.entries(previous).filter(([key]) => !missing.includes(key))),
    );
    review();
  }

  async function confirmSubmit() {
    setFinishing(true);
    try {
      await saver.whenSaved();
    } catch {
      setFinishing(false);
      setConfirming(false);
      setSubmitError(unsavedMessage);
      return;
    }
    submit(refused);
  }

  return {
    saver,
    saveState,
    answers,
    answer,
    page,
    goTo,
    focusAnswer: (itemId: string) => moveFocus({ to: "answer", itemId }),
    focusHeading: () => moveFocus({ to: "heading" }),
    reviewing,
    requestSubmit,
    confirming,
    setConfirming,
    finishing,
    submitError,
    confirmSubmit,
    headingRef,
    reviewRef,
    submitRef,
    /** After the confirmation closes, focus returns to the submit button if it is still there. */
    focusAfterConfirm: () => (submitRef.current?.isConnected ? submitRef.current : null),
  };
}
