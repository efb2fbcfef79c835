import type * as z from "zod/mini";
import { ApiError } from "./api-client";

export type FieldErrors = Record<string, string>;

/** The API's field errors keyed by field name ("email"), for showing next to each input. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const result: FieldErrors = {};
  for (const field of error.fields) {
    const key = normalisePath(field.path);
    if (key && !(key in result)) result[key] = field.message;
  }
  return result;
}

/** "body/email", "/email" and "body.email" all name the field "email". */
function normalisePath(path: string): string {
  return (
    path
      .replace(/^\/+/, "")
      .replace(/^body[./]/, "")
      .split(/[./]/)[0] ?? ""
  );
}

/** A sentence for the alert at the top of a form, or null when there is nothing to say. */
export function formMessageOf(error: unknown): string | null {
  if (!error) return null;
  if (!(error instanceof ApiError)) return "Something went wrong. Please try again.";
  if (error.status === 400 && error.fields.length > 0) {
    return "Please correct the highlighted fields.";
  }
  if (error.status === 429) return "Too many attempts. Wait a minute and try again.";
  if (error.status >= 500) {
    return error.id
      ? `Something went wrong on our side. If it keeps happening, quote reference ${error.id}.`
      : "Something went wrong on our side. Please try again.";
  }
  return error.message;
}

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Checks form values with a zod schema and returns the first message per field. */
export function validate<S extends z.ZodMiniType>(
  schema: S,
  values: unknown,
): Validation<z.output<S>> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? "");
    if (key && !(key in errors)) errors[key] = issue.message;
  }
  return { ok: false, errors };
}

/** Moves focus to the first invalid field of a form once React has rendered the errors. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}

/** The values of a form as strings, keyed by each input's name. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form).entries()) {
    if (typeof value === "string") values[key] = value;
  }
  return values;
}
