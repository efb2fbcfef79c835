import { ArrowDown, ArrowUp, Plus, X } from "lucide-react";
import { OPEN_QUESTIONS_MAX } from "../../../../domain/feedback/model-rules";
import { Button } from "../../../components/ui/button";
import { Textarea } from "../../../components/ui/textarea";
import type { OpenQuestion } from "../api/types";
import type { Errors } from "./competency-editor";
import { FieldProblem } from "./field-problem";
import { focusMoveButton, IconButton } from "./icon-button";

type OpenQuestionsEditorProps = {
  questions: OpenQuestion[];
  errors: Errors;
  onChange: (questions: OpenQuestion[], clear: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  onMove: (index: number, by: -1 | 1) => void;
};

/** The questions raters answer in words, such as what the person should start doing. */
export function OpenQuestionsEditor({
  questions,
  errors,
  onChange,
  onAdd,
  onRemove,
  onMove,
}: OpenQuestionsEditorProps) {
  return (
    <section aria-labelledby="open-questions-heading" className="space-y-3">
      <div>
        <h2 id="open-questions-heading" className="text-lg font-semibold text-slate-900">
          Open questions
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Answered in words, and shown in the report only for groups large enough to stay anonymous.
          Up to {OPEN_QUESTIONS_MAX}.
        </p>
      </div>
      <FieldProblem message={errors.openQuestions} />
      <ol aria-labelledby="open-questions-heading" className="space-y-2">
        {questions.map((question, i) => {
          const path = `openQuestions.${i}`;
          const error = errors[`${path}.text`] ?? errors[`${path}.id`];
          const errorId = error ? `${path}-error` : undefined;
          const key = `move-${question.id}`;
          return (
            <li key={question.id} className="space-y-1">
              <div className="flex items-start gap-1">
                <span className="w-6 shrink-0 pt-2 text-right text-sm text-slate-600 tabular-nums">
                  {i + 1}.
                </span>
                <div className="flex min-w-0 flex-1 flex-col gap-1 sm:flex-row sm:items-start">
                  <Textarea
                    id={`${path}.text`}
                    rows={2}
                    maxLength={1000}
                    aria-label={`Open question ${i + 1}`}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={errorId}
                    value={question.text}
                    onChange={(event) =>
                      onChange(
                        questions.map((q, j) => (j === i ? { ...q, text: event.target.value } : q)),
                        path,
                      )
                    }
                    className="field-sizing-content min-h-10 w-full min-w-0 sm:flex-1"
                  />
                  <div className="flex shrink-0 justify-end">
                    <IconButton
                      id={`${key}-up`}
                      label={`Move open question ${i + 1} up`}
                      disabled={i === 0}
                      onClick={() => {
                        onMove(i, -1);
                        focusMoveButton(key, -1);
                      }}
                    >
                      <ArrowUp />
                    </IconButton>
                    <IconButton
                      id={`${key}-down`}
                      label={`Move open question ${i + 1} down`}
                      disabled={i === questions.length - 1}
                      onClick={() => {
                        onMove(i, 1);
                        focusMoveButton(key, 1);
                      }}
                    >
                      <ArrowDown />
                    </IconButton>
                    <IconButton label={`Remove open question ${i + 1}`} onClick={() => onRemove(i)}>
                      <X />
                    </IconButton>
                  </div>
                </div>
              </div>
              {error ? (
                <p id={errorId} className="pl-7 text-sm font-medium text-red-700">
                  {error}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <Button
        id="add-open-question"
        variant="secondary"
        size="sm"
        onClick={onAdd}
        disabled={questions.length >= OPEN_QUESTIONS_MAX}
      >
        <Plus aria-hidden="true" />
        Add open question
      </Button>
    </section>
  );
}
