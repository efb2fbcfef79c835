import { PROGRAMME_LIMITS as L } from "../../../../domain/programmes/template";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import type { FieldErrors } from "../../../lib/form-errors";
import type { ProgrammeDraft } from "./programme-draft";
import { QuestionnaireChoice } from "./questionnaire-choice";
import type { Choice, TemplateChoices } from "./template-choices";

type TemplateFieldsProps = {
  draft: ProgrammeDraft;
  choices: TemplateChoices | null;
  errors: FieldErrors;
  onChange: (change: Partial<ProgrammeDraft>) => void;
};

const WEEKS = Array.from(
  { length: L.pulseEveryWeeks.max - L.pulseEveryWeeks.min + 1 },
  (_, index) => L.pulseEveryWeeks.min + index,
);

/** What every participant's coaching in the programme holds. */
export function TemplateFields({ draft, choices, errors, onChange }: TemplateFieldsProps) {
  return (
    <div className="space-y-4">
      <QuestionnaireChoice
        instruments={choices?.instruments}
        chosen={draft.instrumentIds}
        errors={errors}
        onChange={(instrumentIds) => onChange({ instrumentIds })}
      />
      <ChoiceField
        label="360 competency model"
        name="competencyModelId"
        none="No 360 feedback"
        choices={choices?.models}
        value={draft.competencyModelId}
        error={errors.competencyModelId}
        onChange={(competencyModelId) => onChange({ competencyModelId })}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField
          label="Sessions planned"
          name="sessionsPlanned"
          range={L.sessions}
          value={draft.sessionsPlanned}
          error={errors.sessionsPlanned}
          onChange={(sessionsPlanned) => onChange({ sessionsPlanned })}
        />
        <NumberField
          label="Months"
          name="months"
          range={L.months}
          value={draft.months}
          error={errors.months}
          onChange={(months) => onChange({ months })}
        />
      </div>
      <ChoiceField
        label="Email course to enrol in"
        name="courseId"
        none="No course"
        choices={choices?.courses}
        value={draft.courseId}
        error={errors.courseId}
        onChange={(courseId) => onChange({ courseId })}
      />
      <ChoiceField
        label="Stakeholder pulse"
        name="pulseEveryWeeks"
        none="No pulses"
        choices={WEEKS.map((weeks) => ({
          id: String(weeks),
          label: weeks === 1 ? "Every week" : `Every ${weeks} weeks`,
        }))}
        value={draft.pulseEveryWeeks}
        error={errors.pulseEveryWeeks}
        onChange={(pulseEveryWeeks) => onChange({ pulseEveryWeeks })}
      />
    </div>
  );
}

type ChoiceFieldProps = {
  label: string;
  name: string;
  none: string;
  choices: Choice[] | undefined;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
};

function ChoiceField({ label, name, none, choices, value, error, onChange }: ChoiceFieldProps) {
  return (
    <FormField label={label} name={name} error={error}>
      {(control) => (
        <Select
          {...control}
          value={value}
          disabled={choices === undefined}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{choices === undefined ? "Loading…" : none}</option>
          {choices?.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
}

type NumberFieldProps = {
  label: string;
  name: string;
  range: { min: number; max: number };
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
};

function NumberField({ label, name, range, value, error, onChange }: NumberFieldProps) {
  return (
    <FormField
      label={label}
      name={name}
      error={error}
      hint={`${range.min} to ${range.max}`}
      required
    >
      {(control) => (
        <Input
          {...control}
          type="number"
          inputMode="numeric"
          min={range.min}
          max={range.max}
          step={1}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
