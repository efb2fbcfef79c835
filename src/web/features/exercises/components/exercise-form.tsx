import { useRef, useState } from "react";
import type { ExerciseView } from "../../../../contract/exercises";
import { submissionProblems } from "../../../../domain/exercise/answers";
import { Alert } from "../../../components/ui/alert";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { isApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";
import { useSubmitExercise } from "../api/submit-exercise";
import { questionOfPath } from "./exercise-problems";
import { ExerciseQuestions } from "./exercise-questions";
import { ExerciseSaveBar } from "./exercise-save-bar";
import { MissingAnswers } from "./missing-answers";
import { useExerciseDraft } from "./use-exercise-draft";

/**
 * The client works on an exercise: every question on one page, saved as a draft when they say
 * so (and before submitting). Submitting first lists the required questions left, each a link to
 * the question; then asks for confirmation, because submitted answers are final.
 */
export function ExerciseForm({
  exercise,
  onSubmitted,
}: {
  exercise: ExerciseView;
  onSubmitted: () => void;
}) {
  const draft = useExerciseDraft(exercise);
  const [confirming, setConfirming] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const submit = useSubmitExercise();
  const missingRef = useRef<HTMLDivElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  async function onSaveDraft() {
    if (await draft.saveChanges()) setAnnouncement("Draft saved.");
  }

  function requestSubmit() {
    draft.setMessage(null);
    const left = submissionProblems(exercise, draft.answers);
    if (left.length > 0) {
      draft.showMissing(left);
      requestAnimationFrame(() => missingRef.current?.focus());
      return;
    }
    draft.setMissing([]);
    setConfirming(true);
  }

  async function confirmSubmit() {
    setFinishing(true);
    if (!(await draft.saveChanges())) {
      setFinishing(false);
      setConfirming(false);
      return;
    }
    submit.mutate(exercise.id, {
      onSuccess: () => onSubmitted(),
      onError: (error) => {
        setFinishing(false);
        setConfirming(false);
        if (isApiError(error, 400) && error.fields.length > 0) {
          draft.showMissing(
            error.fields.map((f) => ({ questionId: questionOfPath(f.path), message: f.message })),
          );
          requestAnimationFrame(() => missingRef.current?.focus());
        } else draft.setMessage(formMessageOf(error) ?? "It wasn't submitted.");
      },
    });
  }

  return (
    <>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {draft.restored ? (
        <Alert tone="info" role="status" className="mb-6">
          Changes you made earlier weren't saved yet, so we kept them in this browser tab; they are
          back in the form. Save the draft to keep them.
        </Alert>
      ) : null}
      <ExerciseQuestions
        exercise={exercise}
        answers={draft.answers}
        problems={draft.problems}
        onChange={draft.onChange}
      />
      <MissingAnswers ref={missingRef} missing={draft.missing} questions={exercise.questions} />
      <div role="alert" className="mt-4 empty:hidden">
        {draft.message ? <Alert tone="danger">{draft.message}</Alert> : null}
      </div>
      <ExerciseSaveBar
        unsaved={draft.unsaved}
        savedAt={draft.savedAt}
        draftSaved={exercise.status === "draft"}
        saving={draft.saving}
        finishing={finishing}
        onSaveDraft={() => void onSaveDraft()}
        submitRef={submitRef}
        onSubmit={requestSubmit}
      />
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Submit your answers?"
        description={
          <>
            <p>Once submitted, your answers are final: you can't change them.</p>
            <p>Your coach will be able to read them.</p>
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
