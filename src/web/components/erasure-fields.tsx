import { ERASURE_CONFIRMATION } from "../../contract/data-rights";
import { FormAlert } from "./ui/alert";
import { FormField } from "./ui/form-field";
import { Input } from "./ui/input";

/** What every erasure asks for: the password of whoever erases, and the typed phrase. */
export function ErasureFields({
  message,
  fieldErrors,
}: {
  message: string | null;
  fieldErrors: Partial<Record<string, string>>;
}) {
  return (
    <>
      <FormAlert message={message} />
      <FormField label="Your password" name="password" error={fieldErrors.password} required>
        {(field) => <Input {...field} type="password" autoComplete="current-password" autoFocus />}
      </FormField>
      <FormField
        label={`Type "${ERASURE_CONFIRMATION}" to confirm`}
        name="confirmation"
        error={fieldErrors.confirmation}
        required
      >
        {(field) => <Input {...field} autoComplete="off" spellCheck={false} />}
      </FormField>
    </>
  );
}
