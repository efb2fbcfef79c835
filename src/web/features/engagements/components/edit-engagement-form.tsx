import { type FormEvent, useEffect, useRef } from "react";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import type { Engagement } from "../../../lib/api-types";
import { focusFirstInvalid, formValues, validate } from "../../../lib/form-errors";
import { useFormErrors } from "../../../lib/use-form-errors";
import { useSponsors } from "../api/list-sponsors";
import { updateEngagementSchema, useUpdateEngagement } from "../api/update-engagement";

type EditEngagementFormProps = { engagement: Engagement; onDone: () => void };

/** The coach's form for the engagement's facts: title, start date, sessions and sponsor. */
export function EditEngagementForm({ engagement, onDone }: EditEngagementFormProps) {
  const update = useUpdateEngagement();
  const sponsors = useSponsors();
  const errors = useFormErrors(update.error);
  const formRef = useRef<HTMLFormElement>(null);

  // Opening the form moves focus to its first field.
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>("input")?.focus();
  }, []);

  // Keep the current sponsor choosable even if the list has not loaded or no longer holds them.
  const sponsorOptions = [...(sponsors.data ?? [])];
  if (engagement.sponsor && !sponsorOptions.some((s) => s.id === engagement.sponsor?.id)) {
    sponsorOptions.unshift({ ...engagement.sponsor, email: "" });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const result = validate(updateEngagementSchema, formValues(form));
    if (!result.ok) {
      errors.setClientErrors(result.errors);
      focusFirstInvalid(form);
      return;
    }
    errors.clearClientErrors();
    update.mutate(
      { id: engagement.id, ...result.data },
      { onSuccess: onDone, onError: () => focusFirstInvalid(form) },
    );
  }

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="space-y-5">
      <FormAlert message={errors.message} />
      <FormField label="Title" name="title" error={errors.fieldErrors.title} required>
        {(field) => <Input {...field} defaultValue={engagement.title} />}
      </FormField>
      <FormField label="Start date" name="startDate" error={errors.fieldErrors.startDate} required>
        {(field) => <Input {...field} type="date" defaultValue={engagement.startDate} />}
      </FormField>
      <FormField
        label="Number of sessions"
        name="sessionsPlanned"
        error={errors.fieldErrors.sessionsPlanned}
        hint="From 1 to 200."
        required
      >
        {(field) => (
          <Input
            {...field}
            type="number"
            min={1}
            max={200}
            step={1}
            defaultValue={engagement.sessionsPlanned}
          />
        )}
      </FormField>
      <FormField label="Sponsor" name="sponsorId" error={errors.fieldErrors.sponsorId} optional>
        {(field) => (
          <Select
            {...field}
            defaultValue={engagement.sponsor?.id ?? ""}
            key={sponsorOptions.length}
          >
            <option value="">No sponsor</option>
            {sponsorOptions.map((sponsor) => (
              <option key={sponsor.id} value={sponsor.id}>
                {sponsor.email ? `${sponsor.name} (${sponsor.email})` : sponsor.name}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" pending={update.isPending}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
