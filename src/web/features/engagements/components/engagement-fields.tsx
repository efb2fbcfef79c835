import type { PersonRef } from "../../../../contract/common";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { TextLink } from "../../../components/ui/text-link";
import type { FieldErrors } from "../../../lib/form-errors";

/** A sponsor to choose from; the email tells apart two sponsors of the same name. */
export type SponsorOption = PersonRef & { email?: string };

type EngagementFieldsProps = {
  errors: FieldErrors;
  sponsors: SponsorOption[];
  /** While the sponsors load, the Sponsor hint does not claim there are none. */
  sponsorsLoading?: boolean;
  defaults: {
    title?: string;
    startDate: string;
    plannedEndDate?: string | undefined;
    sessionsPlanned: number;
    sponsorId?: string | undefined;
  };
};

/**
 * The facts of an engagement as the coach writes them when opening and when editing it: title,
 * start date, number of sessions and sponsor. The enclosing form must be a `@container`, so that
 * the date and the number sit side by side only where there is room.
 */
export function EngagementFields({
  errors,
  sponsors,
  sponsorsLoading = false,
  defaults,
}: EngagementFieldsProps) {
  return (
    <>
      <FormField
        label="Title"
        name="title"
        error={errors.title}
        hint="What the coaching is about, in a few words."
        required
      >
        {(field) => (
          <Input
            {...field}
            defaultValue={defaults.title}
            placeholder="e.g. Leading the new product organisation"
          />
        )}
      </FormField>
      <div className="grid gap-5 @md:grid-cols-2">
        <FormField label="Start date" name="startDate" error={errors.startDate} required>
          {(field) => <Input {...field} type="date" defaultValue={defaults.startDate} />}
        </FormField>
        <FormField
          label="Planned end"
          name="plannedEndDate"
          error={errors.plannedEndDate}
          hint="Goals due after it are questioned."
          optional
        >
          {(field) => <Input {...field} type="date" defaultValue={defaults.plannedEndDate} />}
        </FormField>
        <FormField
          label="Number of sessions"
          name="sessionsPlanned"
          error={errors.sessionsPlanned}
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
              defaultValue={defaults.sessionsPlanned}
            />
          )}
        </FormField>
      </div>
      <FormField
        label="Sponsor"
        name="sponsorId"
        error={errors.sponsorId}
        hint={
          sponsors.length === 0 && !sponsorsLoading ? (
            <>
              No sponsors in your practice yet.{" "}
              <TextLink to="/sponsors/invite">Invite a sponsor</TextLink>.
            </>
          ) : (
            "A sponsor sees dates, stage and sessions, and what the client agrees to share. Nothing else."
          )
        }
        optional
      >
        {(field) => (
          // The key re-applies the default once the sponsors have loaded.
          <Select {...field} defaultValue={defaults.sponsorId ?? ""} key={sponsors.length}>
            <option value="">No sponsor</option>
            {sponsors.map((sponsor) => (
              <option key={sponsor.id} value={sponsor.id}>
                {sponsor.email ? `${sponsor.name} (${sponsor.email})` : sponsor.name}
              </option>
            ))}
          </Select>
        )}
      </FormField>
    </>
  );
}
