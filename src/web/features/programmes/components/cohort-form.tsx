import { useState } from "react";
import type { Cohort, CohortBody } from "../../../../contract/programmes";
import { PROGRAMME_LIMITS } from "../../../../domain/programmes/template";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { fieldErrorsOf, formMessageOf } from "../../../lib/form-errors";

type CohortFormProps = {
  initial?: Cohort;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSave: (body: CohortBody, done: () => void) => void;
  onCancel?: () => void;
  /** Names the fields apart when several forms are on the page ("cohort-3"). */
  name: string;
};

/** A cohort's name and start date: adding one, or renaming and moving one. */
export function CohortForm({
  initial,
  submitLabel,
  pending,
  error,
  onSave,
  onCancel,
  name,
}: CohortFormProps) {
  const [cohortName, setCohortName] = useState(initial?.name ?? "");
  const [startDate, setStartDate] = useState(initial?.startDate ?? "");
  const [missing, setMissing] = useState<Record<string, string>>({});
  const errors = { ...fieldErrorsOf(error), ...missing };
  return (
    <form
      noValidate
      aria-label={initial ? `Rename ${initial.name}` : "Add a cohort"}
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        const found: Record<string, string> = {};
        if (!cohortName.trim()) found.name = "Give the cohort a name";
        if (!startDate) found.startDate = "Choose the day the cohort starts";
        setMissing(found);
        if (Object.keys(found).length > 0) {
          event.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
          return;
        }
        onSave({ name: cohortName.trim(), startDate }, () => {
          if (!initial) {
            setCohortName("");
            setStartDate("");
          }
        });
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label="Cohort name" name={`${name}-name`} error={errors.name} required>
          {(control) => (
            <Input
              {...control}
              value={cohortName}
              maxLength={PROGRAMME_LIMITS.cohortName}
              onChange={(event) => setCohortName(event.target.value)}
            />
          )}
        </FormField>
        <FormField label="Start date" name={`${name}-start`} error={errors.startDate} required>
          {(control) => (
            <Input
              {...control}
              type="date"
              value={startDate}
              onChange={(event) => setStartDate(event.target.value)}
            />
          )}
        </FormField>
      </div>
      <FormAlert message={formMessageOf(error)} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" pending={pending}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="ghost" size="sm" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
