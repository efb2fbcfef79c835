import type { ChangeEvent } from "react";
import { FormField } from "../../../components/ui/form-field";
import { Textarea } from "../../../components/ui/textarea";
import type { FieldErrors } from "../../../lib/form-errors";

export type TextQuestion<Name extends string> = { name: Name; label: string };

/** Questions answered in a few lines each: editable, or read as answered. */
export function TextAnswers<Name extends string>({
  questions,
  values,
  errors,
  editable,
  onChange,
}: {
  questions: TextQuestion<Name>[];
  values: Record<Name, string>;
  errors: FieldErrors;
  editable: boolean;
  onChange: (name: Name, value: string) => void;
}) {
  if (!editable)
    return (
      <dl className="space-y-3 text-sm">
        {questions.map(({ name, label }) => (
          <div key={name}>
            <dt className="font-medium text-slate-800">{label}</dt>
            <dd className="mt-0.5 whitespace-pre-wrap break-words text-slate-700">
              {values[name] || <span className="italic text-slate-600">Not answered yet</span>}
            </dd>
          </div>
        ))}
      </dl>
    );
  return (
    <>
      {questions.map(({ name, label }) => (
        <FormField key={name} label={label} name={name} error={errors[name]}>
          {(field) => (
            <Textarea
              {...field}
              rows={3}
              maxLength={4000}
              value={values[name]}
              onChange={(event: ChangeEvent<HTMLTextAreaElement>) =>
                onChange(name, event.target.value)
              }
            />
          )}
        </FormField>
      ))}
    </>
  );
}
