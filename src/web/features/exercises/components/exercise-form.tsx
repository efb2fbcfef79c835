import { useQueryClient } from "@tanstack/react-query";
import { CircleCheck, Save, Send } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import {
  type AnswerPatch,
  applyPatch,
  submissionProblems,
} from "../../../../domain/exercise/answers";
import { wheelsOf } from "../../../../domain/exercise/wheel";
import type { FieldProblem } from "../../../../domain/field-problem";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { Card, CardContent } from "../../../components/ui/card";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { isApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDateTime } from "../../../lib/format-date";
import { exerciseKeys } from "../api/exercise-keys";
import { useSaveExerciseAnswers } from "../api/save-exercise-answers";
import { useSubmitExercise } from "../api/submit-exercise";
import type { AnswerValue, ExerciseAnswers, ExerciseView } from "../api/types";
import { blocksOf } from "./exercise-blocks";
import { QuestionField } from "./question-field";
import { questionDomId } from "./question-shell";
import { WheelChart } from "./wheel-chart";

type Problems = Record<string, string>;

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
  const [kept] = useState(() => readKept(exercise.id, exercise.questions));
  const [answers, setAnswers] = useState<ExerciseAnswers>(() =>
    applyPatch(exercise.answers ?? {}, kept),
  );
  /** Changes since the last save: what the next save sends (null clears an answer). */
  const [changes, setChanges] = useState<AnswerPatch>(kept);
  const [problems, setProblems] = useState<Problems>({});
  const [missing, setMissing] = useState<{ questionId: string; message: string }[]>([]);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  /** Changes kept in the tab from an earlier visit were put back into the form. */
  const [restored, setRestored] = useState(() => Object.keys(kept).length > 0);
  const [confirming, setConfirming] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const save = useSaveExerciseAnswers();
  const queryClient = useQueryClient();
  const submit = useSubmitExercise();
  const missingRef = useRef<HTMLDivElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const unsaved = Object.keys(changes).length > 0;

  // Unsaved changes are kept in the tab, so leaving the page (or a reload) does not lose them;
  // closing the tab with changes unsaved asks first.
  useEffect(() => keep(exercise.id, changes), [exercise.id, changes]);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  function onChange(questionId: string, value: AnswerValue | null) {
    setAnswers((previous) => applyPatch(previous, { [questionId]: value }));
    setChanges((previous) => ({ ...previous, [questionId]: value }));
    if (problems[questionId]) {
      const { [questionId]: _, ...rest } = problems;
      setProblems(rest);
      setMissing((list) => list.filter((m) => m.questionId !== questionId));
    }
  }

  /** Sends the changes; resolves true once saved, false (with the problems shown) if not. */
  async function saveChanges(): Promise<boolean> {
    if (!unsaved) return true;
    const sent = changes;
    try {
      await save.mutateAsync({ id: exercise.id, answers: sent });
    } catch (error) {
      if (isApiError(error, 400) && error.fields.length > 0) {
        setProblems(problemsOf(error.fields));
        setMessage(
          "Some answers can't be saved as they are; nothing was saved. Fix the questions marked below.",
        );
        focusQuestion(questionOfPath(error.fields[0]?.path ?? ""));
      } else if (isApiError(error, 409)) {
        // Submitted in another tab, or withdrawn by the coach: show the exercise as it is now.
        setMessage(error.message);
        setChanges({});
        void queryClient.invalidateQueries({ queryKey: exerciseKeys.one(exercise.id) });
      } else setMessage(formMessageOf(error) ?? "It could not be saved.");
      return false;
    }
    // Changes made while the save was on its way stay to be sent next time.
    setChanges((current) =>
      Object.fromEntries(Object.entries(current).filter(([id, value]) => sent[id] !== value)),
    );
    setSavedAt(new Date());
    setMessage(null);
    setRestored(false);
    return true;
  }

  async function onSaveDraft() {
    if (await saveChanges()) setAnnouncement("Draft saved.");
  }

  function requestSubmit() {
    setMessage(null);
    const left = submissionProblems(exercise, answers);
    if (left.length > 0) {
      setMissing(left);
      setProblems(Object.fromEntries(left.map((p) => [p.questionId, p.message])));
      requestAnimationFrame(() => missingRef.current?.focus());
      return;
    }
    setMissing([]);
    setConfirming(true);
  }

  async function confirmSubmit() {
    setFinishing(true);
    if (!(await saveChanges())) {
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
          const left = error.fields.map((f) => ({
            questionId: questionOfPath(f.path),
            message: f.message,
          }));
          setMissing(left);
          setProblems(problemsOf(error.fields));
          requestAnimationFrame(() => missingRef.current?.focus());
        } else setMessage(formMessageOf(error) ?? "It wasn't submitted.");
      },
    });
  }

  const numberOf = new Map(exercise.questions.map((q, i) => [q.id, i + 1]));
  const promptOf = new Map(exercise.questions.map((q) => [q.id, q.prompt]));
  const wheels = wheelsOf(exercise, answers);

  return (
    <>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {restored ? (
        <Alert tone="info" role="status" className="mb-6">
          Changes you made earlier weren't saved yet, so we kept them in this browser tab; they are
          back in the form. Save the draft to keep them.
        </Alert>
      ) : null}
      <Card>
        <CardContent className="space-y-10 pt-5 sm:pt-6">
          {blocksOf(exercise).map((block) =>
            block.kind === "question" ? (
              <QuestionField
                key={block.question.id}
                question={block.question}
                number={block.number}
                value={answers[block.question.id]}
                onChange={onChange}
                problem={problems[block.question.id]}
              />
            ) : (
              <section
                key={`wheel-${block.group.id}`}
                aria-labelledby={`wheel-${block.group.id}-heading`}
                className="space-y-6"
              >
                <h2
                  id={`wheel-${block.group.id}-heading`}
                  className="border-b border-slate-100 pb-2 text-lg font-semibold text-slate-900"
                >
                  {block.group.title}
                </h2>
                <div className="grid gap-8 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
                  <div className="space-y-8">
                    {block.questions.map(({ question, number }) => (
                      <QuestionField
                        key={question.id}
                        question={question}
                        number={number}
                        value={answers[question.id]}
                        onChange={onChange}
                        problem={problems[question.id]}
                      />
                    ))}
                  </div>
                  <WheelPreview wheel={wheels.find((w) => w.group.id === block.group.id)} />
                </div>
              </section>
            ),
          )}
        </CardContent>
      </Card>

      {missing.length > 0 ? (
        <div ref={missingRef} tabIndex={-1} className="mt-4 scroll-mt-24 outline-none">
          <Alert
            tone="warning"
            title={
              missing.length === 1
                ? "One question needs an answer before you submit"
                : `${missing.length} questions need an answer before you submit`
            }
          >
            <ul className="mt-1 space-y-1">
              {missing.map((m) => (
                <li key={m.questionId}>
                  <button
                    type="button"
                    onClick={() => focusQuestion(m.questionId)}
                    className="text-left font-medium underline underline-offset-2 hover:no-underline"
                  >
                    {numberOf.get(m.questionId)}. {promptOf.get(m.questionId)}
                  </button>
                  {m.message !== "Answer this question" ? (
                    <span className="block">{m.message}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </Alert>
        </div>
      ) : null}

      <div role="alert" className="mt-4 empty:hidden">
        {message ? <Alert tone="danger">{message}</Alert> : null}
      </div>

      <div className="sticky bottom-0 z-20 -mx-4 mt-6 border-t border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6 lg:-mx-8 lg:px-8">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="min-h-5 text-sm text-slate-600">
            {unsaved ? (
              "Unsaved changes"
            ) : savedAt ? (
              <span className="inline-flex items-center gap-1.5">
                <CircleCheck className="size-4 text-brand-700" aria-hidden="true" />
                Draft saved {formatDateTime(savedAt).split(", ")[1]}
              </span>
            ) : exercise.status === "draft" ? (
              "Draft saved"
            ) : (
              "Not saved yet"
            )}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button
              variant="secondary"
              onClick={() => void onSaveDraft()}
              pending={save.isPending && !finishing}
              disabled={!unsaved || finishing}
            >
              <Save aria-hidden="true" />
              Save draft
            </Button>
            <Button ref={submitRef} onClick={requestSubmit} disabled={finishing}>
              <Send aria-hidden="true" />
              Submit
            </Button>
          </div>
        </div>
      </div>

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

/** Beside the wheel's ratings on a wide screen (below them on a phone): the wheel so far. */
function WheelPreview({ wheel }: { wheel: ReturnType<typeof wheelsOf>[number] | undefined }) {
  if (!wheel) return null;
  const rated = wheel.spokes.filter((s) => s.score !== null).length;
  return (
    <div className="self-start rounded-lg border border-slate-200 bg-slate-50/60 p-4 xl:sticky xl:top-24">
      <p className="text-sm font-semibold text-slate-800">Your wheel so far</p>
      <p className="mb-2 text-sm text-slate-600">
        {rated === wheel.spokes.length
          ? "Every area rated."
          : `${rated} of ${wheel.spokes.length} areas rated; the shape appears once all are.`}
      </p>
      <WheelChart wheel={wheel} table={false} />
    </div>
  );
}

/**
 * Changes not yet saved are kept in the tab's sessionStorage, like unsaved questionnaire answers:
 * the tab forgets them when it closes. Only answers to questions the exercise has come back.
 */
const storageKey = (exerciseId: string) => `keel.unsaved-exercise.${exerciseId}`;

function readKept(exerciseId: string, questions: ExerciseView["questions"]): AnswerPatch {
  try {
    const kept: unknown = JSON.parse(sessionStorage.getItem(storageKey(exerciseId)) ?? "{}");
    if (!kept || typeof kept !== "object") return {};
    const ids = new Set(questions.map((q) => q.id));
    return Object.fromEntries(Object.entries(kept).filter(([id]) => ids.has(id))) as AnswerPatch;
  } catch {
    return {};
  }
}

function keep(exerciseId: string, changes: AnswerPatch): void {
  try {
    if (Object.keys(changes).length === 0) sessionStorage.removeItem(storageKey(exerciseId));
    else sessionStorage.setItem(storageKey(exerciseId), JSON.stringify(changes));
  } catch {
    // Storage full or refused: the changes stay in the form all the same.
  }
}

function questionOfPath(path: string): string {
  return path.replace(/^answers\./, "");
}

function problemsOf(fields: FieldProblem[]): Problems {
  return Object.fromEntries(fields.map((f) => [questionOfPath(f.path), f.message]));
}

/** Scrolls to a question and focuses its first control (or the question itself). */
function focusQuestion(questionId: string) {
  const frame = document.getElementById(questionDomId(questionId));
  if (!frame) return;
  frame.scrollIntoView({ block: "center" });
  const control = frame.querySelector<HTMLElement>(
    "textarea, input:not(:disabled), button:not(:disabled)",
  );
  (control ?? frame).focus({ preventScroll: true });
}
