import { Plus, X } from "lucide-react";
import type { QuestionOption } from "../../../../domain/exercise/template";
import { IconButton, MoveButtons } from "../../../components/icon-button";
import { Button } from "../../../components/ui/button";
import { Input } from "../../../components/ui/input";
import type { FieldErrors } from "../../../lib/form-errors";
import { moved } from "../../../lib/moved";
import { nextId } from "./template-draft";

type OptionsEditorProps = {
  options: QuestionOption[];
  /** The question's number, to name each option unambiguously. */
  number: number;
  at: string;
  errors: FieldErrors;
  onChange: (options: QuestionOption[]) => void;
};

/** The options of a ranking or a multiple choice: add, name, reorder, remove. */
export function OptionsEditor({ options, number, at, errors, onChange }: OptionsEditorProps) {
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
        {options.map((option, i) => (
          <OptionRow
            key={option.id}
            option={option}
            index={i}
            options={options}
            number={number}
            at={at}
            errors={errors}
            onChange={onChange}
            onAddAfterLast={add}
          />
        ))}
      </ol>
      <Button variant="ghost" size="sm" onClick={add} className="ml-5">
        <Plus aria-hidden="true" />
        Add option<span className="sr-only"> to question {number}</span>
      </Button>
    </div>
  );
}

/** One option: its label (Enter goes to the next, or adds one after the last), moves, removal. */
function OptionRow({
  option,
  index: i,
  options,
  number,
  at,
  errors,
  onChange,
  onAddAfterLast,
}: OptionsEditorProps & { option: QuestionOption; index: number; onAddAfterLast: () => void }) {
  const path = `${at}.options.${i}`;
  const error = errors[`${path}.label`] ?? errors[`${path}.id`];
  const errorId = error ? `${path}-error` : undefined;
  return (
    <li className="space-y-1">
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
            onChange(options.map((o, j) => (j === i ? { ...o, label: event.target.value } : o)))
          }
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              if (i === options.length - 1) onAddAfterLast();
              else document.getElementById(`${at}.options.${i + 1}.label`)?.focus();
            }
          }}
          className="min-w-0 flex-1"
        />
        <MoveButtons
          name={`option ${i + 1} of question ${number}`}
          isFirst={i === 0}
          isLast={i === options.length - 1}
          onMove={(by) => onChange(moved(options, i, by))}
        />
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
}
