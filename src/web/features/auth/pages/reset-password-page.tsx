import { useNavigate, useSearchParams } from "react-router";
import { NewPasswordField } from "../../../components/account-fields";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { TextLink } from "../../../components/ui/text-link";
import { isApiError } from "../../../lib/api-client";
import { focusFirstInvalid } from "../../../lib/form-errors";
import { NEW_PASSWORD_MIN_LENGTH } from "../../../lib/form-schemas";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useValidatedForm } from "../../../lib/use-validated-form";
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
  const errors = useValidatedForm(resetPasswordSchema, invalidToken ? null : resetPassword.error);

  const onSubmit = errors.onSubmit(({ password }, form) =>
    resetPassword.mutate(
      { token, password },
      {
        onSuccess: () =>
          navigate("/sign-in", {
            replace: true,
            state: { notice: "Your password has been changed. Sign in with your new password." },
          }),
        onError: () => focusFirstInvalid(form),
      },
    ),
  );

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
      description={`Pick a password you don't use anywhere else. It needs at least ${NEW_PASSWORD_MIN_LENGTH} characters.`}
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
        <NewPasswordField label="New password" error={errors.fieldErrors.password} />
        <Button type="submit" className="w-full" pending={resetPassword.isPending}>
          Set new password
        </Button>
      </form>
    </AuthCard>
  );
}
