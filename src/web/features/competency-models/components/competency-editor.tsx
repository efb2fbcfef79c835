import { ArrowDown, ArrowUp, Plus, Trash2, X } from "lucide-react";
import { ITEMS_PER_COMPETENCY } from "../../../../domain/feedback/model-rules";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Textarea } from "../../../components/ui/textarea";
import type { BehaviourItem, Competency } from "../api/types";
import { FieldProblem } from "./field-problem";
import { focusMoveButton, IconButton } from "./icon-button";

export type Errors = Record<string, string>;

type CompetencyEditorProps = {
  competency: Competency;
  index: number;
  count: number;
  errors: Errors;
  onChange: (competency: Competency, clear: string) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onAddBehaviour: () => void;
  onRemoveBehaviour: (itemIndex: number) => void;
  onMoveBehaviour: (itemIndex: number, by: -1 | 1) => void;
};

/** One competency of the coach's model: its name, what it is about, and its behaviours. */
export function CompetencyEditor({
  competency,
  index,
  count,
  errors,
  onChange,
  onMove,
  onRemove,
  onAddBehaviour,
  onRemoveBehaviour,
  onMoveBehaviour,
}: CompetencyEditorProps) {
  const at = `competencies.${index}`;
  const number = index + 1;
  const headingId = `competency-editor-${competency.id}`;
  const title = competency.name.trim() || `competency ${number}`;
  const { min, max } = ITEMS_PER_COMPETENCY;
  const key = `move-${competency.id}`;

  return (
    <li
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs sm:p-5"
    >
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="font-semibold text-slate-900">
          Competency {number}
          {competency.name.trim() ? (
            <span className="font-normal text-slate-600"> · {competency.name}</span>
          ) : null}
        </h3>
        <div className="flex gap-1">
          <IconButton
            id={`${key}-up`}
            label={`Move ${title} up`}
            disabled={index === 0}
            onClick={() => {
              onMove(-1);
              focusMoveButton(key, -1);
            }}
          >
            <ArrowUp />
          </IconButton>
          <IconButton
            id={`${key}-down`}
            label={`Move ${title} down`}
            disabled={index === count - 1}
            onClick={() => {
              onMove(1);
              focusMoveButton(key, 1);
            }}
          >
            <ArrowDown />
          </IconButton>
          <IconButton label={`Remove ${title}`} disabled={count === 1} onClick={onRemove}>
            <Trash2 />
          </IconButton>
        </div>
      </div>
      <FieldProblem message={errors[`${at}.id`]} />
      <div className="space-y-4">
        <FormField label="Name" name={`${at}.name`} error={errors[`${at}.name`]}>
          {(field) => (
            <Input
              {...field}
              maxLength={200}
              value={competency.name}
              onChange={(event) =>
                onChange({ ...competency, name: event.target.value }, `${at}.name`)
              }
            />
          )}
        </FormField>
        <FormField
          label="What it is about"
          name={`${at}.description`}
          error={errors[`${at}.description`]}
          hint="A sentence in plain words; the report shows it with the results."
          optional
        >
          {(field) => (
            <Textarea
              {...field}
              rows={2}
              maxLength={2000}
              className="field-sizing-content min-h-16"
              value={competency.description}
              onChange={(event) =>
                onChange({ ...competency, description: event.target.value }, `${at}.description`)
              }
            />
          )}
        </FormField>
        <BehaviourList
          competency={competency}
          at={at}
          title={title}
          errors={errors}
          onChange={(items, clear) => onChange({ ...competency, items }, clear)}
          onAdd={onAddBehaviour}
          onRemove={onRemoveBehaviour}
          onMove={onMoveBehaviour}
        />
        <p className="text-sm text-slate-600">
          {min} to {max} behaviours, each one thing a colleague can see the person do, such as
          “Explains the reasoning behind their decisions.”
        </p>
      </div>
    </li>
  );
}

function BehaviourList({
  competency,
  at,
  title,
  errors,
  onChange,
  onAdd,
  onRemove,
  onMove,
}: {
  competency: Competency;
  at: string;
  title: string;
  errors: Errors;
  onChange: (items: BehaviourItem[], clear: string) => void;
  onAdd: () => void;
  onRemove: (itemIndex: number) => void;
  onMove: (itemIndex: number, by: -1 | 1) => void;
}) {
  const { items } = competency;
  const { min, max } = ITEMS_PER_COMPETENCY;
  const labelId = `${at}-behaviours-label`;
  return (
    <div className="space-y-2">
      <p id={labelId} className="text-sm font-medium text-slate-800">
        Behaviours
      </p>
      <FieldProblem message={errors[`${at}.items`]} />
      <ol aria-labelledby={labelId} className="space-y-2">
        {items.map((item, i) => {
          const path = `${at}.items.${i}`;
          const error = errors[`${path}.text`] ?? errors[`${path}.id`];
          const errorId = error ? `${path}-error` : undefined;
          const key = `move-${item.id}`;
          const name = `behaviour ${i + 1} of ${title}`;
          return (
            <li key={item.id} className="space-y-1">
              <div className="flex items-start gap-1">
                <span className="w-6 shrink-0 pt-2 text-right text-sm text-slate-600 tabular-nums">
                  {i + 1}.
                </span>
                <div className="flex min-w-0 flex-1 flex-col gap-1 sm:flex-row sm:items-start">
                  <Textarea
                    id={`${path}.text`}
                    rows={2}
                    maxLength={500}
                    aria-label={`Behaviour ${i + 1} of ${title}`}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={errorId}
                    value={item.text}
                    onChange={(event) =>
                      onChange(
                        items.map((it, j) => (j === i ? { ...it, text: event.target.value } : it)),
                        path,
                      )
                    }
                    className="field-sizing-content min-h-10 w-full min-w-0 sm:flex-1"
                  />
                  <div className="flex shrink-0 justify-end">
                    <IconButton
                      id={`${key}-up`}
                      label={`Move ${name} up`}
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
                      label={`Move ${name} down`}
                      disabled={i === items.length - 1}
                      onClick={() => {
                        onMove(i, 1);
                        focusMoveButton(key, 1);
                      }}
                    >
                      <ArrowDown />
                    </IconButton>
                    <IconButton
                      label={`Remove ${name}`}
                      disabled={items.length <= min}
                      onClick={() => onRemove(i)}
                    >
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
        id={`${at}-add-behaviour`}
        variant="ghost"
        size="sm"
        onClick={onAdd}
        disabled={items.length >= max}
        className="ml-5"
      >
        <Plus aria-hidden="true" />
        Add behaviour<span className="sr-only"> to {title}</span>
      </Button>
    </div>
  );
}
