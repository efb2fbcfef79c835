import { Navigate, useNavigate } from "react-router";
import {
  EmailField,
  NameField,
  NewPasswordField,
  PracticeNameField,
} from "../../../components/account-fields";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { TextLink } from "../../../components/ui/text-link";
import { isApiError } from "../../../lib/api-client";
import { focusFirstInvalid } from "../../../lib/form-errors";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useMe } from "../../../lib/use-me";
import { useValidatedForm } from "../../../lib/use-validated-form";
import { signUpSchema, useSignUp } from "../api/sign-up";
import { AuthCard } from "../components/auth-card";

export function SignUpPage() {
  useDocumentTitle("Create account");
  const { data: me } = useMe();
  const navigate = useNavigate();
  const signUp = useSignUp();
  const accountExists = isApiError(signUp.error, 409);
  const errors = useValidatedForm(signUpSchema, accountExists ? null : signUp.error);

  if (me && !signUp.isSuccess) return <Navigate to="/" replace />;

  const onSubmit = errors.onSubmit((values, form) =>
    signUp.mutate(values, {
      onSuccess: () => navigate("/", { replace: true }),
      onError: () => focusFirstInvalid(form),
    }),
  );

  return (
    <AuthCard
      title="Create your practice"
      description="Set up Keel for your coaching practice. You'll be its admin and can invite coaches, clients and sponsors."
      footer={
        <>
          Already have an account? <TextLink to="/sign-in">Sign in</TextLink>
        </>
      }
    >
      <form noValidate onSubmit={onSubmit} className="space-y-5">
        {accountExists ? (
          <div role="alert">
            <Alert tone="warning" title="You already have a Keel account">
              An account with this email exists already.{" "}
              <TextLink to="/sign-in">Sign in instead</TextLink>, or use another email.
            </Alert>
          </div>
        ) : (
          <FormAlert message={errors.message} />
        )}
        <NameField error={errors.fieldErrors.name} />
        <EmailField
          error={accountExists ? "This email is already registered" : errors.fieldErrors.email}
        />
        <NewPasswordField error={errors.fieldErrors.password} />
        <PracticeNameField error={errors.fieldErrors.practiceName} />
        <Button type="submit" className="w-full" pending={signUp.isPending}>
          Create account
        </Button>
      </form>
    </AuthCard>
  );
}
