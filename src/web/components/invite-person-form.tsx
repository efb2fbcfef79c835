import * as z from "zod/mini";
import type { Invitation } from "../../contract/invitations";
import { focusFirstInvalid } from "../lib/form-errors";
import { emailField, optionalText } from "../lib/form-schemas";
import { useValidatedForm } from "../lib/use-validated-form";
import { InvitationSentAlert } from "./invitation-sent-alert";
import { FormAlert } from "./ui/alert";
import { Button } from "./ui/button";
import { FormField } from "./ui/form-field";
import { Input } from "./ui/input";

export const invitePersonSchema = z.object({
  name: optionalText(),
  email: emailField(),
});

export type InvitePersonValues = z.infer<typeof invitePersonSchema>;

type InvitePersonFormProps = {
  submitLabel: string;
  onInvite: (
    values: InvitePersonValues,
    done: { onSuccess: () => void; onError: () => void },
  ) => void;
  pending: boolean;
  error: unknown;
  /** The invitation just sent, to confirm it above the form. */
  sent?: Invitation | undefined;
};

/**
 * Name (optional) and Email, and a submit button named for the role ("Invite client"). The caller
 * owns the mutation; this form validates, shows field errors and clears itself after sending.
 */
export function InvitePersonForm({
  submitLabel,
  onInvite,
  pending,
  error,
  sent,
}: InvitePersonFormProps) {
  const errors = useValidatedForm(invitePersonSchema, error);
  const onSubmit = errors.onSubmit((values, form) =>
    onInvite(values, {
      onSuccess: () => form.reset(),
      onError: () => focusFirstInvalid(form),
    }),
  );

  return (
    <form noValidate onSubmit={onSubmit} className="@container space-y-5">
      {sent && !error ? <InvitationSentAlert invitation={sent} /> : null}
      <FormAlert message={errors.message} />
      <div className="grid gap-5 @md:grid-cols-2">
        <FormField label="Name" name="name" error={errors.fieldErrors.name} optional>
          {(field) => <Input {...field} autoComplete="off" />}
        </FormField>
        <FormField label="Email" name="email" error={errors.fieldErrors.email} required>
          {(field) => <Input {...field} type="email" autoComplete="off" inputMode="email" />}
        </FormField>
      </div>
      <Button type="submit" pending={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
