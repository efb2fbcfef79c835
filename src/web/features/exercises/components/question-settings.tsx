import type {
  ChoiceQuestion,
  Question,
  RankingQuestion,
  RatingQuestion,
  TextQuestion,
} from "../../../../domain/exercise/template";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import type { FieldErrors } from "../../../lib/form-errors";
import { OptionsEditor } from "./options-editor";

type SettingsProps<Q extends Question> = {
  question: Q;
  /** The question's path in the template, e.g. "questions.2". */
  at: string;
  errors: FieldErrors;
  onChange: (question: Question) => void;
};

/** What only a question of its type has: a length limit, a scale, options. */
export function QuestionSettings(props: SettingsProps<Question>) {
  const { question } = props;
  switch (question.type) {
    case "text":
      return <TextSettings {...props} question={question} />;
    case "rating":
      return <RatingSettings {...props} question={question} />;
    case "ranking":
      return <RankingSettings {...props} question={question} />;
    case "choice":
      return <ChoiceSettings {...props} question={question} />;
  }
}

function TextSettings({ question, at, errors, onChange }: SettingsProps<TextQuestion>) {
  return (
    <div className="max-w-xs">
      <OptionalCountField
        label="Longest answer, in characters"
        {...fieldAt(at, errors, "maxLength")}
        hint="Leave empty for up to 10,000."
        value={question.maxLength}
        onChange={(maxLength) => onChange({ ...question, maxLength })}
      />
    </div>
  );
}

function RatingSettings({ question, at, errors, onChange }: SettingsProps<RatingQuestion>) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="grid grid-cols-2 gap-4">
        <NumberField
          label="From"
          {...fieldAt(at, errors, "min")}
          value={question.min}
          onChange={(min) => onChange({ ...question, min })}
        />
        <NumberField
          label="To"
          {...fieldAt(at, errors, "max")}
          value={question.max}
          onChange={(max) => onChange({ ...question, max })}
        />
      </div>
      <div className="grid grid-cols-2 gap-4">
        <EndLabelField
          label="Low end means"
          {...fieldAt(at, errors, "lowLabel")}
          placeholder="Not at all"
          value={question.lowLabel}
          onChange={(lowLabel) => onChange({ ...question, lowLabel })}
        />
        <EndLabelField
          label="High end means"
          {...fieldAt(at, errors, "highLabel")}
          placeholder="Completely"
          value={question.highLabel}
          onChange={(highLabel) => onChange({ ...question, highLabel })}
        />
      </div>
    </div>
  );
}

function RankingSettings({ question, at, errors, onChange }: SettingsProps<RankingQuestion>) {
  return (
    <>
      <OptionsEditor
        options={question.options}
        number={numberOf(at)}
        at={at}
        errors={errors}
        onChange={(options) =>
          onChange({ ...question, options, top: withinCount(question.top, options.length) })
        }
      />
      <div className="max-w-xs">
        <FormField label="The client ranks" {...fieldAt(at, errors, "top")}>
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
}

function ChoiceSettings({ question, at, errors, onChange }: SettingsProps<ChoiceQuestion>) {
  return (
    <>
      <OptionsEditor
        options={question.options}
        number={numberOf(at)}
        at={at}
        errors={errors}
        onChange={(options) =>
          onChange({
            ...question,
            options,
            maxChoices: withinCount(question.maxChoices, options.length),
          })
        }
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
            <OptionalCountField
              label="At most"
              {...fieldAt(at, errors, "maxChoices")}
              max={question.options.length}
              value={question.maxChoices}
              onChange={(maxChoices) => onChange({ ...question, maxChoices })}
            />
          </div>
        ) : null}
      </div>
    </>
  );
}

function NumberField({ value, onChange, ...formField }: FieldProps<number>) {
  return (
    <FormField {...formField}>
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

type FieldProps<T> = {
  label: string;
  name: string;
  error: string | undefined;
  value: T;
  onChange: (value: T) => void;
};

/** The name and error of one of the question's settings. */
function fieldAt(at: string, errors: FieldErrors, setting: string) {
  const name = `${at}.${setting}`;
  return { name, error: errors[name] };
}

/** A whole number of at least 1, or nothing. */
function OptionalCountField({
  hint,
  max,
  value,
  onChange,
  ...formField
}: FieldProps<number | undefined> & { hint?: string; max?: number }) {
  return (
    <FormField {...formField} hint={hint} optional>
      {(field) => (
        <Input
          {...field}
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          value={value ?? ""}
          onChange={(event) => onChange(numberOrUndefined(event.target.value))}
        />
      )}
    </FormField>
  );
}

/** What one end of a rating scale means, e.g. "Not at all". */
function EndLabelField({
  placeholder,
  value,
  onChange,
  ...formField
}: FieldProps<string | undefined> & { placeholder: string }) {
  return (
    <FormField {...formField} optional>
      {(field) => (
        <Input
          {...field}
          placeholder={placeholder}
          value={value ?? ""}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}

/** A limit on the options that the options no longer reach falls away. */
function withinCount(limit: number | undefined, count: number): number | undefined {
  return limit !== undefined && limit > count ? undefined : limit;
}

/** "questions.2" is question 3. */
function numberOf(at: string): number {
  return Number(at.split(".")[1]) + 1;
}

/** 1 to one less than the number of options: ranking them all is the first choice. */
function topChoices(options: number): number[] {
  return Array.from({ length: Math.max(0, options - 1) }, (_, i) => i + 1);
}

function numberOrUndefined(value: string): number | undefined {
  return value === "" ? undefined : Number(value);
}
