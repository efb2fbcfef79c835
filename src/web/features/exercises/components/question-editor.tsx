import { ArrowDown, ArrowUp, Plus, Trash2, X } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { Textarea } from "../../../components/ui/textarea";
import { cn } from "../../../lib/cn";
import type { Question, QuestionOption, QuestionType } from "../api/types";
import { changeType, moved, nextId, QUESTION_TYPE_LABELS } from "./template-draft";

export type Errors = Record<string, string>;

type QuestionEditorProps = {
  question: Question;
  index: number;
  count: number;
  errors: Errors;
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
          <IconButton
            label={`Move question ${number} up`}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            <ArrowUp />
          </IconButton>
          <IconButton
            label={`Move question ${number} down`}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            <ArrowDown />
          </IconButton>
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
        <TypeSettings question={question} at={at} errors={errors} onChange={onChange} />
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

function TypeSettings({
  question,
  at,
  errors,
  onChange,
}: {
  question: Question;
  at: string;
  errors: Errors;
  onChange: (question: Question) => void;
}) {
  switch (question.type) {
    case "text":
      return (
        <div className="max-w-xs">
          <FormField
            label="Longest answer, in characters"
            name={`${at}.maxLength`}
            error={errors[`${at}.maxLength`]}
            hint="Leave empty for up to 10,000."
            optional
          >
            {(field) => (
              <Input
                {...field}
                type="number"
                inputMode="numeric"
                min={1}
                value={question.maxLength ?? ""}
                onChange={(event) =>
                  onChange({ ...question, maxLength: numberOrUndefined(event.target.value) })
                }
              />
            )}
          </FormField>
        </div>
      );
    case "rating":
      return (
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="grid grid-cols-2 gap-4">
            <NumberField
              label="From"
              name={`${at}.min`}
              error={errors[`${at}.min`]}
              value={question.min}
              onChange={(min) => onChange({ ...question, min })}
            />
            <NumberField
              label="To"
              name={`${at}.max`}
              error={errors[`${at}.max`]}
              value={question.max}
              onChange={(max) => onChange({ ...question, max })}
            />
          </div>
          <div className="grid grid-cols-2 gap-4">
            <FormField
              label="Low end means"
              name={`${at}.lowLabel`}
              error={errors[`${at}.lowLabel`]}
              optional
            >
              {(field) => (
                <Input
                  {...field}
                  placeholder="Not at all"
                  value={question.lowLabel ?? ""}
                  onChange={(event) => onChange({ ...question, lowLabel: event.target.value })}
                />
              )}
            </FormField>
            <FormField
              label="High end means"
              name={`${at}.highLabel`}
              error={errors[`${at}.highLabel`]}
              optional
            >
              {(field) => (
                <Input
                  {...field}
                  placeholder="Completely"
                  value={question.highLabel ?? ""}
                  onChange={(event) => onChange({ ...question, highLabel: event.target.value })}
                />
              )}
            </FormField>
          </div>
        </div>
      );
    case "ranking":
      return (
        <>
          <OptionsEditor
            options={question.options}
            number={Number(at.split(".")[1]) + 1}
            at={at}
            errors={errors}
            onChange={(options) => {
              const top =
                question.top !== undefined && question.top > options.length
                  ? undefined
                  : question.top;
              onChange({ ...question, options, top });
            }}
          />
          <div className="max-w-xs">
            <FormField label="The client ranks" name={`${at}.top`} error={errors[`${at}.top`]}>
              {(field) => (
                <Select
                  {...field}
                  value={question.top ?? ""}
                  onChange={(event) =>
                    onChange({ ...question, top: numberOrUndefined(event.target.value) })
                  }
                >
                  <option value="">All of the options</option>
                  {topChoices(question.options.length).map((n) => (
                    <option key={n} value={n}>
                      Their top {n}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
          </div>
        </>
      );
    case "choice":
      return (
        <>
          <OptionsEditor
            options={question.options}
            number={Number(at.split(".")[1]) + 1}
            at={at}
            errors={errors}
            onChange={(options) => {
              const maxChoices =
                question.maxChoices !== undefined && question.maxChoices > options.length
                  ? undefined
                  : question.maxChoices;
              onChange({ ...question, options, maxChoices });
            }}
          />
          <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
            <label className="flex min-h-10 cursor-pointer items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                checked={question.multiple}
                onChange={(event) =>
                  onChange({
                    ...question,
                    multiple: event.target.checked,
                    maxChoices: event.target.checked ? question.maxChoices : undefined,
                  })
                }
                className="size-4 accent-brand-700"
              />
              The client may choose several
            </label>
            {question.multiple ? (
              <div className="w-48">
                <FormField
                  label="At most"
                  name={`${at}.maxChoices`}
                  error={errors[`${at}.maxChoices`]}
                  optional
                >
                  {(field) => (
                    <Input
                      {...field}
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={question.options.length}
                      value={question.maxChoices ?? ""}
                      onChange={(event) =>
                        onChange({ ...question, maxChoices: numberOrUndefined(event.target.value) })
                      }
                    />
                  )}
                </FormField>
              </div>
            ) : null}
          </div>
        </>
      );
  }
}

/** The options of a ranking or a multiple choice: add, name, reorder, remove. */
function OptionsEditor({
  options,
  number,
  at,
  errors,
  onChange,
}: {
  options: QuestionOption[];
  /** The question's number, to name each option unambiguously. */
  number: number;
  at: string;
  errors: Errors;
  onChange: (options: QuestionOption[]) => void;
}) {
  const listError = errors[`${at}.options`];
  const groupId = `${at}-options-label`;
  function add() {
    const id = nextId(
      "o",
      options.map((o) => o.id),
    );
    onChange([...options, { id, label: "" }]);
    requestAnimationFrame(() =>
      document.getElementById(`${at}.options.${options.length}.label`)?.focus(),
    );
  }
  return (
    <div className="space-y-2">
      <p id={groupId} className="text-sm font-medium text-slate-800">
        Options
      </p>
      {listError ? <p className="text-sm font-medium text-red-700">{listError}</p> : null}
      <ol aria-labelledby={groupId} className="space-y-2">
        {options.map((option, i) => {
          const path = `${at}.options.${i}`;
          const error = errors[`${path}.label`] ?? errors[`${path}.id`];
          const errorId = error ? `${path}-error` : undefined;
          return (
            <li key={option.id} className="space-y-1">
              <div className="flex items-center gap-1">
                <span className="w-6 shrink-0 text-right text-sm text-slate-600 tabular-nums">
                  {i + 1}.
                </span>
                <Input
                  id={`${path}.label`}
                  aria-label={`Option ${i + 1} of question ${number}`}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={errorId}
                  value={option.label}
                  onChange={(event) =>
                    onChange(
                      options.map((o, j) => (j === i ? { ...o, label: event.target.value } : o)),
                    )
                  }
                  onKeyDown={(event) => {
                    if (event.key === "Enter") {
                      event.preventDefault();
                      if (i === options.length - 1) add();
                      else document.getElementById(`${at}.options.${i + 1}.label`)?.focus();
                    }
                  }}
                  className="min-w-0 flex-1"
                />
                <IconButton
                  label={`Move option ${i + 1} of question ${number} up`}
                  disabled={i === 0}
                  onClick={() => onChange(moved(options, i, -1))}
                >
                  <ArrowUp />
                </IconButton>
                <IconButton
                  label={`Move option ${i + 1} of question ${number} down`}
                  disabled={i === options.length - 1}
                  onClick={() => onChange(moved(options, i, 1))}
                >
                  <ArrowDown />
                </IconButton>
                <IconButton
                  label={`Remove option ${i + 1} of question ${number}`}
                  disabled={options.length <= 2}
                  onClick={() => onChange(options.filter((_, j) => j !== i))}
                >
                  <X />
                </IconButton>
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
      <Button variant="ghost" size="sm" onClick={add} className="ml-5">
        <Plus aria-hidden="true" />
        Add option<span className="sr-only"> to question {number}</span>
      </Button>
    </div>
  );
}

function NumberField({
  label,
  name,
  error,
  value,
  onChange,
}: {
  label: string;
  name: string;
  error: string | undefined;
  value: number;
  onChange: (value: number) => void;
}) {
  return (
    <FormField label={label} name={name} error={error}>
      {(field) => (
        <Input
          {...field}
          type="number"
          inputMode="numeric"
          value={Number.isNaN(value) ? "" : value}
          onChange={(event) =>
            onChange(event.target.value === "" ? Number.NaN : Number(event.target.value))
          }
        />
      )}
    </FormField>
  );
}

function IconButton({
  label,
  disabled,
  onClick,
  children,
}: {
  label: string;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
      className={cn(
        "flex size-10 shrink-0 items-center justify-center rounded-md text-slate-600 transition-colors [&_svg]:size-4",
        "hover:bg-slate-100 hover:text-slate-900 disabled:opacity-30 disabled:hover:bg-transparent",
      )}
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}

/** 1 to one less than the number of options: ranking them all is the first choice. */
function topChoices(options: number): number[] {
  return Array.from({ length: Math.max(0, options - 1) }, (_, i) => i + 1);
}

function numberOrUndefined(value: string): number | undefined {
  return value === "" ? undefined : Number(value);
}
