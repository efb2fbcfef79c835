import { EmailField } from "../../../components/account-fields";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { TextLink } from "../../../components/ui/text-link";
import { focusFirstInvalid } from "../../../lib/form-errors";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useValidatedForm } from "../../../lib/use-validated-form";
import { forgotPasswordSchema, useForgotPassword } from "../api/forgot-password";
import { AuthCard } from "../components/auth-card";

export function ForgotPasswordPage() {
  useDocumentTitle("Reset your password");
  const forgotPassword = useForgotPassword();
  const errors = useValidatedForm(forgotPasswordSchema, forgotPassword.error);
  const onSubmit = errors.onSubmit((values, form) =>
    forgotPassword.mutate(values, { onError: () => focusFirstInvalid(form) }),
  );

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
      {forgotPassword.isSuccess && forgotPassword.data.mailDelivery === "held" ? (
        <Alert tone="info" role="status" title="The link was not emailed">
          If an account exists for {forgotPassword.variables.email}, Keel made a link to reset its
          password, but no mail server is set up, so it was held instead of sent. Ask whoever runs
          your Keel to pass it on or to set up mail.
        </Alert>
      ) : forgotPassword.isSuccess ? (
        <Alert tone="success" role="status" title="Check your email">
          If an account exists for {forgotPassword.variables.email}, we've sent a link to reset your
          password. The link works for a limited time.
        </Alert>
      ) : (
        <form noValidate onSubmit={onSubmit} className="space-y-5">
          <FormAlert message={errors.message} />
          <EmailField error={errors.fieldErrors.email} />
          <Button type="submit" className="w-full" pending={forgotPassword.isPending}>
            Send reset link
          </Button>
        </form>
      )}
    </AuthCard>
  );
}
