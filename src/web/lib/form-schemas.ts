import * as z from "zod/mini";
import { PASSWORD_MIN_LENGTH } from "../../domain/accounts/password-policy";

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

/** The shortest password the API accepts for a new account or a reset. */
export const NEW_PASSWORD_MIN_LENGTH = PASSWORD_MIN_LENGTH;

export function newPassword() {
  const message = `Use at least ${NEW_PASSWORD_MIN_LENGTH} characters`;
  return z
    .string(message)
    .check(
      z.minLength(NEW_PASSWORD_MIN_LENGTH, message),
      z.maxLength(256, "Use at most 256 characters"),
    );
}

/** A practice's name, as the API takes it at sign-up and when the admin renames it. */
export function practiceName() {
  return requiredText("Enter the name of your practice", 120).check(
    z.minLength(2, "Use at least 2 characters"),
  );
}
