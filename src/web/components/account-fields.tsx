import { NEW_PASSWORD_MIN_LENGTH } from "../lib/form-schemas";
import { FormField } from "./ui/form-field";
import { Input } from "./ui/input";

/**
 * The fields a person fills in for their own account (sign-up, accepting an invitation, choosing
 * a new password) and for their practice (sign-up, settings). Each keeps its label, its name in
 * the form, its browser autofill hint and its help text the same wherever it appears.
 */

export function NameField({ error, defaultValue }: { error?: string; defaultValue?: string }) {
  return (
    <FormField label="Name" name="name" error={error} required>
      {(field) => <Input {...field} autoComplete="name" defaultValue={defaultValue} />}
    </FormField>
  );
}

/** The email a person signs in with. */
export function EmailField({ error }: { error?: string }) {
  return (
    <FormField label="Email" name="email" error={error} required>
      {(field) => <Input {...field} type="email" autoComplete="email" inputMode="email" />}
    </FormField>
  );
}

export function NewPasswordField({
  label = "Password",
  error,
}: {
  label?: "Password" | "New password";
  error?: string;
}) {
  return (
    <FormField
      label={label}
      name="password"
      error={error}
      hint={`At least ${NEW_PASSWORD_MIN_LENGTH} characters.`}
      required
    >
      {(field) => <Input {...field} type="password" autoComplete="new-password" />}
    </FormField>
  );
}

export function PracticeNameField({
  name = "practiceName",
  error,
  defaultValue,
}: {
  /** The field's name in the form, as the API names it there. */
  name?: string;
  error?: string;
  defaultValue?: string;
}) {
  return (
    <FormField
      label="Practice name"
      name={name}
      error={error}
      hint="Your clients and sponsors will see this name."
      required
    >
      {(field) => <Input {...field} autoComplete="organization" defaultValue={defaultValue} />}
    </FormField>
  );
}
