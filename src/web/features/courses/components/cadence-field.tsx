import type { Cadence } from "../../../../domain/courses/course-content";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";

type CadenceFieldProps = {
  value: Cadence;
  onChange: (cadence: Cadence) => void;
  error?: string | undefined;
  disabled?: boolean;
};

/** How often lessons arrive: every day, every weekday, or every so many days (7 for weekly). */
export function CadenceField({ value, onChange, error, disabled }: CadenceFieldProps) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <FormField
        label="Lessons arrive"
        name="cadence"
        error={error}
        hint="At 08:00 in each subscriber's time zone."
      >
        {(control) => (
          <Select
            {...control}
            value={value.kind}
            disabled={disabled}
            onChange={(event) => {
              const kind = event.target.value;
              onChange(
                kind === "every"
                  ? { kind: "every", days: 7 }
                  : { kind: kind as "daily" | "weekdays" },
              );
            }}
          >
            <option value="daily">Every day</option>
            <option value="weekdays">Every weekday (Monday to Friday)</option>
            <option value="every">Every few days</option>
          </Select>
        )}
      </FormField>
      {value.kind === "every" ? (
        <FormField label="Days between lessons" name="days" hint="7 for once a week.">
          {(control) => (
            <Input
              {...control}
              type="number"
              inputMode="numeric"
              min={2}
              max={14}
              disabled={disabled}
              value={value.days}
              onChange={(event) =>
                onChange({ kind: "every", days: Math.round(Number(event.target.value) || 2) })
              }
            />
          )}
        </FormField>
      ) : null}
    </div>
  );
}
