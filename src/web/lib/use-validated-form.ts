import { type FormEvent, useState } from "react";
import type * as z from "zod/mini";
import {
  type FieldErrors,
  fieldErrorsOf,
  focusFirstInvalid,
  formMessageOf,
  formValues,
  validate,
} from "./form-errors";

/**
 * A form checked with a zod schema before it is sent. `onSubmit(send)` is the form's submit
 * handler: it reads the values, and either shows the errors and focuses the first invalid field,
 * or calls `send` with the parsed values and the form element.
 *
 * Errors found before sending win over those the API sent back (`serverError`), so a corrected
 * field does not keep a stale server message.
 */
export function useValidatedForm<S extends z.ZodMiniType>(schema: S, serverError: unknown) {
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const hasClientErrors = Object.keys(clientErrors).length > 0;

  function onSubmit(send: (values: z.output<S>, form: HTMLFormElement) => void) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = event.currentTarget;
      const result = validate(schema, formValues(form));
      if (!result.ok) {
        setClientErrors(result.errors);
        focusFirstInvalid(form);
        return;
      }
      setClientErrors({});
      send(result.data, form);
    };
  }

  return {
    fieldErrors: hasClientErrors ? clientErrors : fieldErrorsOf(serverError),
    message: hasClientErrors
      ? "Please correct the highlighted fields."
      : formMessageOf(serverError),
    onSubmit,
  };
}
