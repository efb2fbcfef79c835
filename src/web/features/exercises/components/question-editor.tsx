import { Trash2 } from "lucide-react";
import type { Question, QuestionType } from "../../../../domain/exercise/template";
import { IconButton, MoveButtons } from "../../../components/icon-button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { Textarea } from "../../../components/ui/textarea";
import type { FieldErrors } from "../../../lib/form-errors";
import { QuestionSettings } from "./question-settings";
import { changeType, QUESTION_TYPE_LABELS } from "./template-draft";

type QuestionEditorProps = {
  question: Question;
  index: number;
  count: number;
  errors: FieldErrors;
  onChange: (question: Question) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/** One question of a coach's template: its type, wording, whether required, and its settings. */
export function QuestionEditor({
  question,
  index,
  count,
  errors,
  onChange,
  onMove,
  onRemove,
}: QuestionEditorProps) {
  const at = `questions.${index}`;
  const number = index + 1;
  const headingId = `question-editor-${question.id}`;
  const update = (change: Partial<Question>) => onChange({ ...question, ...change } as Question);
  const ownProblems = [errors[`${at}.id`]].filter(Boolean);

  return (
    <li
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs sm:p-5"
    >
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="font-semibold text-slate-900">
          Question {number}
          <span className="font-normal text-slate-600">
            {" "}
            · {QUESTION_TYPE_LABELS[question.type]}
          </span>
        </h3>
        <div className="flex gap-1">
          <MoveButtons
            name={`question ${number}`}
            isFirst={index === 0}
            isLast={index === count - 1}
            onMove={onMove}
          />
          <IconButton label={`Remove question ${number}`} disabled={count === 1} onClick={onRemove}>
            <Trash2 />
          </IconButton>
        </div>
      </div>
      {ownProblems.map((problem) => (
        <p key={problem} className="mb-3 text-sm font-medium text-red-700">
          {problem}
        </p>
      ))}
      <div className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_14rem]">
          <FormField label="Question" name={`${at}.prompt`} error={errors[`${at}.prompt`]}>
            {(field) => (
              <Textarea
                {...field}
                rows={2}
                value={question.prompt}
                onChange={(event) => update({ prompt: event.target.value })}
              />
            )}
          </FormField>
          <FormField label="Type" name={`${at}.type`}>
            {(field) => (
              <Select
                {...field}
                value={question.type}
                onChange={(event) =>
                  onChange(changeType(question, event.target.value as QuestionType))
                }
              >
                {Object.entries(QUESTION_TYPE_LABELS).map(([type, label]) => (
                  <option key={type} value={type}>
                    {label}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        </div>
        <FormField
          label="Hint"
          name={`${at}.help`}
          error={errors[`${at}.help`]}
          hint="Shown under the question, e.g. what a good answer covers."
          optional
        >
          {(field) => (
            <Input
              {...field}
              value={question.help ?? ""}
              onChange={(event) => update({ help: event.target.value })}
            />
          )}
        </FormField>
        <QuestionSettings question={question} at={at} errors={errors} onChange={onChange} />
        <label className="flex w-fit cursor-pointer items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={question.required}
            onChange={(event) => update({ required: event.target.checked })}
            className="size-4 accent-brand-700"
          />
          The client must answer this question before submitting
        </label>
      </div>
    </li>
  );
}
