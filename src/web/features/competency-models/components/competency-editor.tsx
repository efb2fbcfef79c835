import { Plus, Trash2 } from "lucide-react";
import type { BehaviourItem, Competency } from "../../../../domain/feedback/competency-model";
import { ITEMS_PER_COMPETENCY } from "../../../../domain/feedback/model-rules";
import { IconButton, MoveButtons } from "../../../components/icon-button";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Textarea } from "../../../components/ui/textarea";
import type { FieldErrors } from "../../../lib/form-errors";
import { FieldProblem } from "./field-problem";
import { TextItemRow } from "./text-item-row";

type CompetencyEditorProps = {
  competency: Competency;
  index: number;
  count: number;
  errors: FieldErrors;
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
          <MoveButtons
            name={title}
            moveKey={`move-${competency.id}`}
            isFirst={index === 0}
            isLast={index === count - 1}
            onMove={onMove}
          />
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
  errors: FieldErrors;
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
          return (
            <TextItemRow
              key={item.id}
              path={path}
              id={item.id}
              number={i + 1}
              label={`Behaviour ${i + 1} of ${title}`}
              name={`behaviour ${i + 1} of ${title}`}
              maxLength={500}
              value={item.text}
              error={errors[`${path}.text`] ?? errors[`${path}.id`]}
              isFirst={i === 0}
              isLast={i === items.length - 1}
              canRemove={items.length > min}
              onText={(text) =>
                onChange(
                  items.map((it, j) => (j === i ? { ...it, text } : it)),
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
