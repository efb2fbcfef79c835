import { cn } from "../lib/cn";
import { FormField } from "./ui/form-field";
import { Input } from "./ui/input";

/** The 6-digit code an authenticator app shows: a number pad, and the phone may fill it in. */
export function TotpCodeField({
  error,
  autoFocus = false,
  className,
}: {
  error: string | undefined;
  autoFocus?: boolean;
  className?: string;
}) {
  return (
    <FormField label="6-digit code" name="code" error={error} required>
      {(field) => (
        <Input
          {...field}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          autoFocus={autoFocus}
          className={cn("font-mono tracking-widest", className)}
        />
      )}
    </FormField>
  );
}
