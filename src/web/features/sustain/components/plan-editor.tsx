import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import type { SustainItemInput } from "../../../../contract/sustain";
import {
  MAX_IF_THEN_PER_ITEM,
  MAX_SUSTAIN_ITEMS,
  SUSTAIN_ITEM_KINDS,
  SUSTAIN_KIND_LABELS,
} from "../../../../domain/sustain/plan";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { isApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";
import { useSaveSustainPlan } from "../api/sustain";

type Errors = Record<string, string>;

const blankItem = (): SustainItemInput => ({
  id: crypto.randomUUID(),
  kind: "habit",
  title: "",
  cue: "",
  check: "",
  ifThen: [{ situation: "", action: "" }],
});

/** Writes the plan's items; the server checks them as it checks an action plan's if-then plans. */
export function PlanEditor({
  engagementId,
  items: saved,
  onDone,
}: {
  engagementId: string;
  items: SustainItemInput[];
  onDone: () => void;
}) {
  const [items, setItems] = useState<SustainItemInput[]>(saved.length > 0 ? saved : [blankItem()]);
  const save = useSaveSustainPlan(engagementId);
  const errors: Errors = {};
  if (isApiError(save.error, 400))
    for (const field of save.error.fields) errors[field.path] ??= field.message;
  const change = (index: number, next: SustainItemInput) =>
    setItems(items.map((item, i) => (i === index ? next : item)));

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ items }, { onSuccess: onDone });
      }}
    >
      <FormAlert message={formMessageOf(save.error)} />
      {errors.items ? <p className="text-sm text-red-700">{errors.items}</p> : null}
      <ol className="space-y-4">
        {items.map((item, index) => (
          <ItemFields
            key={item.id}
            item={item}
            index={index}
            errors={errors}
            onChange={(next) => change(index, next)}
            onRemove={() => setItems(items.filter((_, i) => i !== index))}
          />
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          size="sm"
          disabled={items.length >= MAX_SUSTAIN_ITEMS}
          onClick={() => setItems([...items, blankItem()])}
        >
          <Plus aria-hidden="true" />
          Add a habit, mindset or skill
        </Button>
        <span className="grow" />
        <Button type="button" variant="ghost" size="sm" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" size="sm" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save the plan"}
        </Button>
      </div>
    </form>
  );
}

function ItemFields({
  item,
  index,
  errors,
  onChange,
  onRemove,
}: {
  item: SustainItemInput;
  index: number;
  errors: Errors;
  onChange: (item: SustainItemInput) => void;
  onRemove: () => void;
}) {
  const path = `items.${index}`;
  const text = (field: "title" | "cue" | "check", label: string, hint: string) => (
    <FormField
      label={label}
      name={`${path}.${field}`}
      error={errors[`${path}.${field}`]}
      hint={hint}
    >
      {(control) => (
        <Input
          {...control}
          value={item[field]}
          onChange={(event) => onChange({ ...item, [field]: event.target.value })}
        />
      )}
    </FormField>
  );
  return (
    <li className="space-y-3 rounded-lg border border-slate-200 p-4">
      <div className="flex items-end gap-2">
        <FormField label="Kind" name={`${path}.kind`} className="w-40">
          {(control) => (
            <Select
              {...control}
              value={item.kind}
              onChange={(event) =>
                onChange({ ...item, kind: event.target.value as SustainItemInput["kind"] })
              }
            >
              {SUSTAIN_ITEM_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {SUSTAIN_KIND_LABELS[kind]}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <span className="grow" />
        <Button type="button" variant="ghost" size="sm" onClick={onRemove}>
          <Trash2 aria-hidden="true" />
          Remove<span className="sr-only"> item {index + 1}</span>
        </Button>
      </div>
      {text("title", "What you will keep doing", "A habit, a way of seeing things, or a skill.")}
      <div className="grid gap-3 sm:grid-cols-2">
        {text("cue", "Cue", "When it happens: the moment or signal that starts it.")}
        {text("check", "How you will know it is kept", "Something you can count or notice.")}
      </div>
      <IfThenFields item={item} path={path} errors={errors} onChange={onChange} />
    </li>
  );
}

function IfThenFields({
  item,
  path,
  errors,
  onChange,
}: {
  item: SustainItemInput;
  path: string;
  errors: Errors;
  onChange: (item: SustainItemInput) => void;
}) {
  const setPlan = (i: number, part: "situation" | "action", value: string) =>
    onChange({
      ...item,
      ifThen: item.ifThen.map((plan, j) => (j === i ? { ...plan, [part]: value } : plan)),
    });
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">If-then plans</legend>
      {errors[`${path}.ifThen`] ? (
        <p className="text-sm text-red-700">{errors[`${path}.ifThen`]}</p>
      ) : null}
      {item.ifThen.map((plan, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: plans have no id; their order is their identity while editing
        <div key={i} className="grid gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <FormField
            label="If"
            name={`${path}.ifThen.${i}.situation`}
            error={errors[`${path}.ifThen.${i}.situation`]}
          >
            {(control) => (
              <Input
                {...control}
                value={plan.situation}
                onChange={(e) => setPlan(i, "situation", e.target.value)}
              />
            )}
          </FormField>
          <FormField
            label="Then I will"
            name={`${path}.ifThen.${i}.action`}
            error={errors[`${path}.ifThen.${i}.action`]}
          >
            {(control) => (
              <Input
                {...control}
                value={plan.action}
                onChange={(e) => setPlan(i, "action", e.target.value)}
              />
            )}
          </FormField>
          <Button
            type="button"
            variant="ghost"
            size="sm"
            onClick={() => onChange({ ...item, ifThen: item.ifThen.filter((_, j) => j !== i) })}
          >
            Remove<span className="sr-only"> if-then plan {i + 1}</span>
          </Button>
        </div>
      ))}
      {item.ifThen.length < MAX_IF_THEN_PER_ITEM ? (
        <Button
          type="button"
          variant="link"
          size="sm"
          onClick={() =>
            onChange({ ...item, ifThen: [...item.ifThen, { situation: "", action: "" }] })
          }
        >
          Add an if-then plan
        </Button>
      ) : null}
    </fieldset>
  );
}
