import { useState } from "react";
import { TotpCodeField } from "../../../components/totp-code-field";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { isApiError } from "../../../lib/api-client";
import { focusFirstInvalid } from "../../../lib/form-errors";
import { useValidatedForm } from "../../../lib/use-validated-form";
import { recoveryCodeSchema, totpCodeSchema, useSignInWithSecondFactor } from "../api/sign-in";

/**
 * The sign-in's second step: the code from the authenticator app, or one recovery code. When the
 * pending sign-in has ended (10 minutes, or too many wrong codes), `onRestart` goes back to the
 * password.
 */
export function TwoFactorStep({
  onSignedIn,
  onRestart,
}: {
  onSignedIn: () => void;
  onRestart: (message: string) => void;
}) {
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const verify = useSignInWithSecondFactor();
  const schema = useRecoveryCode ? recoveryCodeSchema : totpCodeSchema;
  const errors = useValidatedForm(schema, verify.error);

  const onSubmit = errors.onSubmit((values, form) =>
    verify.mutate(values, {
      onSuccess: onSignedIn,
      onError: (error) => {
        if (isApiError(error, 401) && error.code === "sign_in_again") onRestart(error.message);
        else focusFirstInvalid(form);
      },
    }),
  );

  const switchKind = () => {
    verify.reset();
    setUseRecoveryCode((current) => !current);
  };

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5" aria-labelledby="code-step-heading">
      <div className="space-y-1">
        <h2 id="code-step-heading" className="text-base font-semibold text-slate-900">
          {useRecoveryCode ? "Enter a recovery code" : "Enter your sign-in code"}
        </h2>
        <p className="text-sm text-slate-600">
          {useRecoveryCode
            ? "Each of the recovery codes you saved when you turned on two-factor sign-in works once."
            : "Open your authenticator app and enter the 6-digit code it shows for Keel."}
        </p>
      </div>
      <FormAlert message={errors.message} />
      {useRecoveryCode ? (
        <FormField
          key="recoveryCode"
          label="Recovery code"
          name="recoveryCode"
          error={errors.fieldErrors.recoveryCode}
          required
        >
          {(field) => (
            <Input
              {...field}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              autoFocus
              className="font-mono"
            />
          )}
        </FormField>
      ) : (
        <TotpCodeField key="code" error={errors.fieldErrors.code} autoFocus />
      )}
      <Button type="submit" className="w-full" pending={verify.isPending}>
        Sign in
      </Button>
      <Button variant="link" className="w-full" onClick={switchKind}>
        {useRecoveryCode ? "Use the code from your app instead" : "Use a recovery code instead"}
      </Button>
    </form>
  );
}
