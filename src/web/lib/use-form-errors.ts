import { useState } from "react";
import { type FieldErrors, fieldErrorsOf, formMessageOf } from "./form-errors";

/**
 * Errors of one form: those found before sending (from the zod schema) win over those the API
 * sent back, so a corrected field does not keep a stale server message.
 */
export function useFormErrors(serverError: unknown) {
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const hasClientErrors = Object.keys(clientErrors).length > 0;
  return {
    fieldErrors: hasClientErrors ? clientErrors : fieldErrorsOf(serverError),
    message: hasClientErrors
      ? "Please correct the highlighted fields."
      : formMessageOf(serverError),
    setClientErrors,
    clearClientErrors: () => setClientErrors({}),
  };
}
