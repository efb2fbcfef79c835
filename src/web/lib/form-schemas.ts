import * as z from "zod/mini";

/** Building blocks for the forms' zod schemas (zod/mini keeps the bundle small). */

export function emailField() {
  return z.pipe(
    z.string("Enter a valid email address").check(z.trim()),
    z.email("Enter a valid email address"),
  );
}

export function requiredText(message: string, max = 200) {
  return z
    .string(message)
    .check(z.trim(), z.minLength(1, message), z.maxLength(max, `Keep it under ${max} characters`));
}

/** Empty input becomes undefined, so the API never receives "". */
export function optionalText() {
  return z.pipe(
    z.optional(z.string().check(z.trim())),
    z.transform((value) => (value ? value : undefined)),
  );
}

export function newPassword() {
  return z
    .string("Use at least 10 characters")
    .check(z.minLength(10, "Use at least 10 characters"));
}
