import { useEffect, useRef } from "react";
import type { EngagementView } from "../../../../contract/engagements";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { focusFirstInvalid } from "../../../lib/form-errors";
import { useValidatedForm } from "../../../lib/use-validated-form";
import { useSponsors } from "../api/list-sponsors";
import { updateEngagementSchema, useUpdateEngagement } from "../api/update-engagement";
import { EngagementFields, type SponsorOption } from "./engagement-fields";

type EditEngagementFormProps = { engagement: EngagementView; onDone: () => void };

/** The coach's form for the engagement's facts: title, start date, sessions and sponsor. */
export function EditEngagementForm({ engagement, onDone }: EditEngagementFormProps) {
  const update = useUpdateEngagement();
  const sponsors = useSponsors();
  const errors = useValidatedForm(updateEngagementSchema, update.error);
  const formRef = useRef<HTMLFormElement>(null);

  // Opening the form moves focus to its first field.
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>("input")?.focus();
  }, []);

  // Keep the current sponsor choosable even if the list has not loaded or no longer holds them.
  const sponsorOptions: SponsorOption[] = [...(sponsors.data ?? [])];
  const current = engagement.sponsor;
  if (current && !sponsorOptions.some((s) => s.id === current.id)) sponsorOptions.unshift(current);

  const onSubmit = errors.onSubmit((values, form) =>
    update.mutate(
      { id: engagement.id, ...values },
      { onSuccess: onDone, onError: () => focusFirstInvalid(form) },
    ),
  );

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="@container space-y-5">
      <FormAlert message={errors.message} />
      <EngagementFields
        errors={errors.fieldErrors}
        sponsors={sponsorOptions}
        sponsorsLoading={sponsors.isPending}
        defaults={{
          title: engagement.title,
          startDate: engagement.startDate,
          plannedEndDate: engagement.plannedEndDate ?? undefined,
          sessionsPlanned: engagement.sessionsPlanned,
          sponsorId: engagement.sponsor?.id,
        }}
      />
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
