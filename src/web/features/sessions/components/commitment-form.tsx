import { type FormEvent, useState } from "react";
import type { PersonRef } from "../../../../contract/common";
import type { CommitmentInput } from "../../../../contract/session-work";
import type { SessionPage } from "../../../../contract/sessions";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { fieldErrorsOf, formMessageOf } from "../../../lib/form-errors";

type Props = {
  /** The engagement's coach and client, who may own it. */
  people: { coach: PersonRef; client: PersonRef };
  /** The first day it may be due on (a session's day), if any. */
  firstDay?: string;
  /** The engagement's open goals it may be tied to; none to leave the choice out. */
  goals?: { id: string; statement: string }[];
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
  people,
  firstDay,
  goals = [],
  start,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: Props) {
  const { coach, client } = people;
  const empty = { text: "", ownerId: client.id, dueOn: "", goalId: null };
  const [values, setValues] = useState<CommitmentInput>(start ?? empty);
  const [problems, setProblems] = useState<Record<string, string>>({});
  // A new commitment may repeat every 1 to 4 weeks until a day; "" for a single one.
  const [everyWeeks, setEveryWeeks] = useState("");
  const [until, setUntil] = useState("");
  const set = (field: keyof CommitmentInput) => (value: string | null) =>
    setValues((now) => ({ ...now, [field]: value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!values.text.trim()) found.text = "Write what was committed to";
    if (!values.dueOn) found.dueOn = "Choose the date it is due";
    else if (firstDay && values.dueOn < firstDay)
      found.dueOn = "Choose a date on or after the session's day";
    if (everyWeeks && !until) found["repeat.until"] = "Choose the last day it repeats until";
    else if (everyWeeks && values.dueOn && until <= values.dueOn)
      found["repeat.until"] = "Choose an end after the first due date";
    setProblems(found);
    const repeat = everyWeeks ? { everyWeeks: Number(everyWeeks), until } : undefined;
    if (Object.keys(found).length === 0)
      onSubmit({ ...values, text: values.text.trim(), ...(repeat ? { repeat } : {}) }, () => {
        setValues(empty);
        setEveryWeeks("");
        setUntil("");
      });
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
              min={firstDay}
              value={values.dueOn}
              onChange={(e) => set("dueOn")(e.target.value)}
            />
          )}
        </FormField>
      </div>
      {start ? null : (
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField label="Repeats" name="everyWeeks">
            {(control) => (
              <Select
                {...control}
                value={everyWeeks}
                onChange={(e) => setEveryWeeks(e.target.value)}
              >
                <option value="">Does not repeat</option>
                <option value="1">Every week</option>
                <option value="2">Every 2 weeks</option>
                <option value="3">Every 3 weeks</option>
                <option value="4">Every 4 weeks</option>
              </Select>
            )}
          </FormField>
          {everyWeeks ? (
            <FormField
              label="Until"
              name="until"
              error={errors["repeat.until"]}
              hint="Each time is a commitment of its own."
            >
              {(control) => (
                <Input
                  {...control}
                  type="date"
                  min={values.dueOn || firstDay}
                  value={until}
                  onChange={(e) => setUntil(e.target.value)}
                />
              )}
            </FormField>
          ) : null}
        </div>
      )}
      {goals.length > 0 ? (
        <FormField label="Towards a goal" name="goalId" error={errors.goalId} optional>
          {(control) => (
            <Select
              {...control}
              value={values.goalId ?? ""}
              onChange={(e) => set("goalId")(e.target.value || null)}
            >
              <option value="">No particular goal</option>
              {goals.map((goal) => (
                <option key={goal.id} value={goal.id}>
                  {goal.statement}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      ) : null}
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
