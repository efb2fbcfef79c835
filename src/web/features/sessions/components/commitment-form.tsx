import { type FormEvent, useState } from "react";
import type { CommitmentInput } from "../../../../contract/session-work";
import type { SessionPage } from "../../../../contract/sessions";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { fieldErrorsOf, formMessageOf } from "../../../lib/form-errors";

type Props = {
  page: SessionPage;
  /** The commitment as it is, when editing one; a new one starts with the client as owner. */
  start?: CommitmentInput;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: CommitmentInput, reset: () => void) => void;
  onCancel?: () => void;
};

/** The session's date where it was booked: no commitment is due before it. */
export function sessionDay(page: SessionPage): string {
  const { startsAt, timeZone } = page.session;
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(startsAt));
}

/** What was committed to, who owns it (the coach or the client) and when it is due. */
export function CommitmentForm({
  page,
  start,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: Props) {
  const { coach, client } = page.session;
  const first = sessionDay(page);
  const empty = { text: "", ownerId: client.id, dueOn: "" };
  const [values, setValues] = useState<CommitmentInput>(start ?? empty);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const set = (field: keyof CommitmentInput) => (value: string) =>
    setValues((now) => ({ ...now, [field]: value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!values.text.trim()) found.text = "Write what was committed to";
    if (!values.dueOn) found.dueOn = "Choose the date it is due";
    else if (values.dueOn < first) found.dueOn = "Choose a date on or after the session's day";
    setProblems(found);
    if (Object.keys(found).length === 0)
      onSubmit({ ...values, text: values.text.trim() }, () => setValues(empty));
  };
  const errors = { ...fieldErrorsOf(error), ...problems };
  return (
    <form noValidate onSubmit={submit} className="space-y-3" aria-label={submitLabel}>
      <FormAlert message={Object.keys(errors).length > 0 ? null : formMessageOf(error)} />
      <FormField label="Commitment" name="text" error={errors.text}>
        {(control) => (
          <Input
            {...control}
            maxLength={500}
            value={values.text}
            onChange={(e) => set("text")(e.target.value)}
          />
        )}
      </FormField>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label="Owner" name="ownerId" error={errors.ownerId}>
          {(control) => (
            <Select
              {...control}
              value={values.ownerId}
              onChange={(e) => set("ownerId")(e.target.value)}
            >
              <option value={client.id}>{client.name} (client)</option>
              <option value={coach.id}>{coach.name} (coach)</option>
            </Select>
          )}
        </FormField>
        <FormField label="Due on" name="dueOn" error={errors.dueOn}>
          {(control) => (
            <Input
              {...control}
              type="date"
              min={first}
              value={values.dueOn}
              onChange={(e) => set("dueOn")(e.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="secondary" pending={pending}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
