import type { FormEvent } from "react";
import { Navigate, useNavigate } from "react-router";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { TextLink } from "../../../components/ui/text-link";
import { isApiError } from "../../../lib/api-client";
import { focusFirstInvalid, formValues, validate } from "../../../lib/form-errors";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useFormErrors } from "../../../lib/use-form-errors";
import { useMe } from "../../../lib/use-me";
import { signUpSchema, useSignUp } from "../api/sign-up";
import { AuthCard } from "../components/auth-card";

export function SignUpPage() {
  useDocumentTitle("Create account");
  const { data: me } = useMe();
  const navigate = useNavigate();
  const signUp = useSignUp();
  const accountExists = isApiError(signUp.error, 409);
  const errors = useFormErrors(accountExists ? null : signUp.error);

  if (me && !signUp.isSuccess) return <Navigate to="/" replace />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const result = validate(signUpSchema, formValues(form));
    if (!result.ok) {
      errors.setClientErrors(result.errors);
      focusFirstInvalid(form);
      return;
    }
    errors.clearClientErrors();
    signUp.mutate(result.data, {
      onSuccess: () => navigate("/", { replace: true }),
      onError: () => focusFirstInvalid(form),
    });
  }

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
        <FormField label="Name" name="name" error={errors.fieldErrors.name} required>
          {(field) => <Input {...field} autoComplete="name" />}
        </FormField>
        <FormField
          label="Email"
          name="email"
          error={accountExists ? "This email is already registered" : errors.fieldErrors.email}
          required
        >
          {(field) => <Input {...field} type="email" autoComplete="email" inputMode="email" />}
        </FormField>
        <FormField
          label="Password"
          name="password"
          error={errors.fieldErrors.password}
          hint="At least 10 characters."
          required
        >
          {(field) => <Input {...field} type="password" autoComplete="new-password" />}
        </FormField>
        <FormField
          label="Practice name"
          name="practiceName"
          error={errors.fieldErrors.practiceName}
          hint="Your clients and sponsors will see this name."
          required
        >
          {(field) => <Input {...field} autoComplete="organization" />}
        </FormField>
        <Button type="submit" className="w-full" pending={signUp.isPending}>
          Create account
        </Button>
      </form>
    </AuthCard>
  );
}
