import { Plus } from "lucide-react";
import type { OpenQuestion } from "../../../../domain/feedback/competency-model";
import { OPEN_QUESTIONS_MAX } from "../../../../domain/feedback/model-rules";
import { Button } from "../../../components/ui/button";
import type { FieldErrors } from "../../../lib/form-errors";
import { FieldProblem } from "./field-problem";
import { TextItemRow } from "./text-item-row";

type OpenQuestionsEditorProps = {
  questions: OpenQuestion[];
  errors: FieldErrors;
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
          return (
            <TextItemRow
              key={question.id}
              path={path}
              id={question.id}
              number={i + 1}
              label={`Open question ${i + 1}`}
              name={`open question ${i + 1}`}
              maxLength={1000}
              value={question.text}
              error={errors[`${path}.text`] ?? errors[`${path}.id`]}
              isFirst={i === 0}
              isLast={i === questions.length - 1}
              canRemove
              onText={(text) =>
                onChange(
                  questions.map((q, j) => (j === i ? { ...q, text } : q)),
                  path,
                )
              }
              onMove={(by) => onMove(i, by)}
              onRemove={() => onRemove(i)}
            />
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
