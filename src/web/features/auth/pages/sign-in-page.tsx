import { useState } from "react";
import { Navigate, useLocation, useNavigate, useSearchParams } from "react-router";
import { EmailField } from "../../../components/account-fields";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { TextLink } from "../../../components/ui/text-link";
import { focusFirstInvalid } from "../../../lib/form-errors";
import { safeNextPath } from "../../../lib/safe-next-path";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useMe } from "../../../lib/use-me";
import { useValidatedForm } from "../../../lib/use-validated-form";
import { signInSchema, useSignIn } from "../api/sign-in";
import { AuthCard } from "../components/auth-card";
import { TwoFactorStep } from "../components/two-factor-step";

export function SignInPage() {
  useDocumentTitle("Sign in");
  const { data: me } = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const signIn = useSignIn();
  const errors = useValidatedForm(signInSchema, signIn.error);
  const next = safeNextPath(params.get("next"));
  const [codeStep, setCodeStep] = useState(false);
  const [restartNotice, setRestartNotice] = useState<string | null>(null);

  if (me && !signIn.isSuccess) return <Navigate to={next} replace />;

  const onSubmit = errors.onSubmit((values, form) =>
    signIn.mutate(values, {
      onSuccess: (result) => {
        setRestartNotice(null);
        if ("twoFactorRequired" in result) setCodeStep(true);
        else navigate(next, { replace: true });
      },
      onError: () => focusFirstInvalid(form),
    }),
  );

  if (codeStep) {
    return (
      <AuthCard title="Sign in to Keel" description="Two-factor sign-in is on for your account.">
        <TwoFactorStep
          onSignedIn={() => navigate(next, { replace: true })}
          onRestart={(message) => {
            signIn.reset();
            setRestartNotice(message);
            setCodeStep(false);
          }}
        />
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Sign in to Keel"
      description="Welcome back. Sign in to see your engagements."
      footer={
        <>
          New to Keel? <TextLink to="/sign-up">Create a practice account</TextLink>
        </>
      }
    >
      {notice ? (
        <Alert tone="success" role="status" className="mb-5">
          {notice}
        </Alert>
      ) : null}
      {restartNotice ? (
        <Alert tone="warning" role="status" className="mb-5">
          {restartNotice}
        </Alert>
      ) : null}
      <form noValidate onSubmit={onSubmit} className="space-y-5">
        <FormAlert message={errors.message} />
        <EmailField error={errors.fieldErrors.email} />
        <FormField label="Password" name="password" error={errors.fieldErrors.password} required>
          {(field) => <Input {...field} type="password" autoComplete="current-password" />}
        </FormField>
        <div className="flex justify-end">
          <TextLink to="/forgot-password" className="text-sm">
            Forgot your password?
          </TextLink>
        </div>
        <Button type="submit" className="w-full" pending={signIn.isPending}>
          Sign in
        </Button>
      </form>
    </AuthCard>
  );
}
