import type { FormEvent } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { TextLink } from "../../../components/ui/text-link";
import { isApiError } from "../../../lib/api-client";
import { focusFirstInvalid, formValues, validate } from "../../../lib/form-errors";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useFormErrors } from "../../../lib/use-form-errors";
import { resetPasswordSchema, useResetPassword } from "../api/reset-password";
import { AuthCard } from "../components/auth-card";

export function ResetPasswordPage() {
  useDocumentTitle("Choose a new password");
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const navigate = useNavigate();
  const resetPassword = useResetPassword();
  const invalidToken =
    isApiError(resetPassword.error) && resetPassword.error.code === "invalid_token";
  const errors = useFormErrors(invalidToken ? null : resetPassword.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const result = validate(resetPasswordSchema, formValues(form));
    if (!result.ok) {
      errors.setClientErrors(result.errors);
      focusFirstInvalid(form);
      return;
    }
    errors.clearClientErrors();
    resetPassword.mutate(
      { token, password: result.data.password },
      {
        onSuccess: () =>
          navigate("/sign-in", {
            replace: true,
            state: { notice: "Your password has been changed. Sign in with your new password." },
          }),
        onError: () => focusFirstInvalid(form),
      },
    );
  }

  const footer = (
    <>
      Need a new link? <TextLink to="/forgot-password">Request another reset link</TextLink>
    </>
  );

  if (!token) {
    return (
      <AuthCard title="Choose a new password" footer={footer}>
        <Alert tone="warning" title="This link is incomplete">
          Open the link from your email again, or request a new one.
        </Alert>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Choose a new password"
      description="Pick a password you don't use anywhere else. It needs at least 10 characters."
      footer={footer}
    >
      <form noValidate onSubmit={onSubmit} className="space-y-5">
        {invalidToken ? (
          <div role="alert">
            <Alert tone="danger" title="This reset link has expired or was already used">
              <TextLink to="/forgot-password">Request a new reset link</TextLink> and use it within
              the time it allows.
            </Alert>
          </div>
        ) : (
          <FormAlert message={errors.message} />
        )}
        <FormField
          label="New password"
          name="password"
          error={errors.fieldErrors.password}
          hint="At least 10 characters."
          required
        >
          {(field) => <Input {...field} type="password" autoComplete="new-password" />}
        </FormField>
        <Button type="submit" className="w-full" pending={resetPassword.isPending}>
          Set new password
        </Button>
      </form>
    </AuthCard>
  );
}
