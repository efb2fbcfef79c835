import { Plus } from "lucide-react";
import type { Question, QuestionType } from "../../../../domain/exercise/template";
import { Button } from "../../../components/ui/button";
import type { FieldErrors } from "../../../lib/form-errors";
import { QuestionEditor } from "./question-editor";
import { QUESTION_TYPE_LABELS } from "./template-draft";

type TemplateQuestionsProps = {
  questions: Question[];
  errors: FieldErrors;
  onChange: (index: number, question: Question) => void;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
  onAdd: (type: QuestionType) => void;
};

/** The template's questions, each in its editor, and a button per type to add one. */
export function TemplateQuestions({
  questions,
  errors,
  onChange,
  onMove,
  onRemove,
  onAdd,
}: TemplateQuestionsProps) {
  return (
    <section aria-labelledby="questions-heading" className="space-y-4">
      <h2 id="questions-heading" className="text-lg font-semibold text-slate-900">
        Questions
      </h2>
      {errors.questions ? (
        <p className="text-sm font-medium text-red-700">{errors.questions}</p>
      ) : null}
      <ol className="space-y-4">
        {questions.map((question, index) => (
          <QuestionEditor
            key={question.id}
            question={question}
            index={index}
            count={questions.length}
            errors={errors}
            onChange={(changed) => onChange(index, changed)}
            onMove={(by) => onMove(index, by)}
            onRemove={() => onRemove(index)}
          />
        ))}
      </ol>
      <div className="rounded-lg border border-dashed border-slate-300 p-4">
        <p className="mb-3 text-sm font-medium text-slate-800">Add a question</p>
        <div className="flex flex-wrap gap-2">
          {(Object.keys(QUESTION_TYPE_LABELS) as QuestionType[]).map((type) => (
            <Button key={type} variant="secondary" size="sm" onClick={() => onAdd(type)}>
              <Plus aria-hidden="true" />
              {QUESTION_TYPE_LABELS[type]}
            </Button>
          ))}
        </div>
      </div>
    </section>
  );
}
