import type { Ref } from "react";
import type { ExerciseView } from "../../../../contract/exercises";
import { Alert } from "../../../components/ui/alert";
import { focusQuestion, type MissingAnswer } from "./exercise-problems";

/**
 * The questions that need an answer before the client submits, each a link to its question. It
 * takes focus when submitting finds them.
 */
export function MissingAnswers({
  missing,
  questions,
  ref,
}: {
  missing: MissingAnswer[];
  questions: ExerciseView["questions"];
  ref: Ref<HTMLDivElement>;
}) {
  if (missing.length === 0) return null;
  const numberOf = new Map(questions.map((q, i) => [q.id, i + 1]));
  const promptOf = new Map(questions.map((q) => [q.id, q.prompt]));
  return (
    <div ref={ref} tabIndex={-1} className="mt-4 scroll-mt-24 outline-none">
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
  );
}
