import type {
  PlanObstacle,
  PlanResource,
  PlanSkill,
  PlanStrategy,
} from "../../../../../domain/goals/action-plan";
import { formatIfThen } from "../../../../../domain/goals/if-then";
import { FormField } from "../../../../components/ui/form-field";
import { Input } from "../../../../components/ui/input";
import { Select } from "../../../../components/ui/select";
import { Textarea } from "../../../../components/ui/textarea";
import type { FieldErrors } from "../../../../lib/form-errors";
import { useBehaviourOptions } from "../../../goals/api/behaviour-options";
import { linkOf, linkValue } from "../behaviour-links";
import { usePlanEngagement } from "./plan-engagement";

export type FieldsProps<T> = {
  item: T;
  /** Where the item's problems are named: "obstacles.2". */
  path: string;
  /** The item's place in its section, counted from 1, naming its first field: "Strategy 2". */
  number: number;
  errors: FieldErrors;
  onChange: (patch: Partial<T>) => void;
};

/** An item that is one sentence: a skill or a strategy. */
function SentenceField({
  label,
  item,
  path,
  errors,
  onChange,
}: Omit<FieldsProps<{ text: string }>, "number"> & { label: string }) {
  return (
    <FormField label={label} name={`${path}.text`} error={errors[`${path}.text`]}>
      {(control) => (
        <Textarea
          {...control}
          rows={2}
          className="field-sizing-content"
          value={item.text}
          onChange={(e) => onChange({ text: e.target.value })}
        />
      )}
    </FormField>
  );
}

export function SkillFields({ item, path, number, errors, onChange }: FieldsProps<PlanSkill>) {
  return (
    <div className="space-y-3">
      <SentenceField
        label={`Skill or behaviour ${number}`}
        item={item}
        path={path}
        errors={errors}
        onChange={onChange}
      />
      <SkillBehaviour item={item} path={path} number={number} errors={errors} onChange={onChange} />
    </div>
  );
}

/** Where in the 360 the skill comes from, when the engagement has a 360. */
function SkillBehaviour({ item, path, number, errors, onChange }: FieldsProps<PlanSkill>) {
  const engagementId = usePlanEngagement();
  const model = useBehaviourOptions(engagementId ?? "", Boolean(engagementId));
  if (!model.data) return null;
  const value = item.behaviour ? linkValue(item.behaviour) : "";
  const choose = (chosen: string) => onChange({ behaviour: chosen ? linkOf(chosen) : undefined });
  return (
    <FormField
      label={`From the 360 feedback (skill ${number})`}
      name={`${path}.behaviour`}
      error={errors[`${path}.behaviour.competencyId`] ?? errors[`${path}.behaviour.itemId`]}
      optional
    >
      {(control) => (
        <Select {...control} value={value} onChange={(e) => choose(e.target.value)}>
          <option value="">Not linked</option>
          {model.data?.competencies.map((competency) => (
            <optgroup key={competency.id} label={competency.name}>
              <option value={competency.id}>{competency.name}, as a whole</option>
              {competency.behaviours.map((behaviour) => (
                <option key={behaviour.id} value={`${competency.id}/${behaviour.id}`}>
                  {behaviour.text}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      )}
    </FormField>
  );
}

export function StrategyFields({
  item,
  path,
  number,
  errors,
  onChange,
}: FieldsProps<PlanStrategy>) {
  return (
    <SentenceField
      label={`Strategy ${number}`}
      item={item}
      path={path}
      errors={errors}
      onChange={onChange}
    />
  );
}

export function ResourceFields({
  item,
  path,
  number,
  errors,
  onChange,
}: FieldsProps<PlanResource>) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <FormField
        label={`Resource ${number}`}
        name={`${path}.title`}
        error={errors[`${path}.title`]}
        hint="A book, an article, a course"
      >
        {(control) => (
          <Input
            {...control}
            value={item.title}
            onChange={(e) => onChange({ title: e.target.value })}
          />
        )}
      </FormField>
      <FormField label="Link" name={`${path}.url`} optional error={errors[`${path}.url`]}>
        {(control) => (
          <Input
            {...control}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={item.url ?? ""}
            onChange={(e) => onChange({ url: e.target.value })}
          />
        )}
      </FormField>
    </div>
  );
}

export function ObstacleFields({
  item,
  path,
  number,
  errors,
  onChange,
}: FieldsProps<PlanObstacle>) {
  const ifThen = item.ifThen;
  const written = ifThen.situation.trim() && ifThen.action.trim();
  return (
    <div className="space-y-3">
      <FormField
        label={`Obstacle ${number}`}
        name={`${path}.obstacle`}
        error={errors[`${path}.obstacle`]}
        hint="What could get in the way?"
      >
        {(control) => (
          <Textarea
            {...control}
            rows={2}
            className="field-sizing-content"
            value={item.obstacle}
            onChange={(e) => onChange({ obstacle: e.target.value })}
          />
        )}
      </FormField>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField
          label="If…"
          name={`${path}.ifThen.situation`}
          error={errors[`${path}.ifThen.situation`]}
          hint="The situation, e.g. my manager adds work on a Friday"
        >
          {(control) => (
            <Input
              {...control}
              value={ifThen.situation}
              onChange={(e) => onChange({ ifThen: { ...ifThen, situation: e.target.value } })}
            />
          )}
        </FormField>
        <FormField
          label="…then I will"
          name={`${path}.ifThen.action`}
          error={errors[`${path}.ifThen.action`]}
          hint="What you will do, e.g. ask which task can wait"
        >
          {(control) => (
            <Input
              {...control}
              value={ifThen.action}
              onChange={(e) => onChange({ ifThen: { ...ifThen, action: e.target.value } })}
            />
          )}
        </FormField>
      </div>
      {written ? (
        <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
          <span className="sr-only">Reads as: </span>
          {formatIfThen(ifThen)}
        </p>
      ) : null}
    </div>
  );
}
