import type { FormEvent } from "react";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { TextLink } from "../../../components/ui/text-link";
import { focusFirstInvalid, formValues, validate } from "../../../lib/form-errors";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useFormErrors } from "../../../lib/use-form-errors";
import { forgotPasswordSchema, useForgotPassword } from "../api/forgot-password";
import { AuthCard } from "../components/auth-card";

export function ForgotPasswordPage() {
  useDocumentTitle("Reset your password");
  const forgotPassword = useForgotPassword();
  const errors = useFormErrors(forgotPassword.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const result = validate(forgotPasswordSchema, formValues(form));
    if (!result.ok) {
      errors.setClientErrors(result.errors);
      focusFirstInvalid(form);
      return;
    }
    errors.clearClientErrors();
    forgotPassword.mutate(result.data, { onError: () => focusFirstInvalid(form) });
  }

  return (
    <AuthCard
      title="Reset your password"
      description="Enter the email you sign in with and we'll send you a link to choose a new password."
      footer={
        <>
          Remembered it? <TextLink to="/sign-in">Back to sign in</TextLink>
        </>
      }
    >
      {forgotPassword.isSuccess ? (
        <Alert tone="success" role="status" title="Check your email">
          If an account exists for {forgotPassword.variables.email}, we've sent a link to reset your
          password. The link works for a limited time.
        </Alert>
      ) : (
        <form noValidate onSubmit={onSubmit} className="space-y-5">
          <FormAlert message={errors.message} />
          <FormField label="Email" name="email" error={errors.fieldErrors.email} required>
            {(field) => <Input {...field} type="email" autoComplete="email" inputMode="email" />}
          </FormField>
          <Button type="submit" className="w-full" pending={forgotPassword.isPending}>
            Send reset link
          </Button>
        </form>
      )}
    </AuthCard>
  );
}
