import { Plus, Trash2 } from "lucide-react";
import { useId } from "react";
import { Button } from "../../../components/ui/button";
import { Input } from "../../../components/ui/input";
import type { FieldErrors } from "../../../lib/form-errors";

export type Stretch = { weekday: number; start: string; end: string };

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

type WeeklyHoursProps = {
  weekly: Stretch[];
  errors: FieldErrors;
  onChange: (weekly: Stretch[]) => void;
};

/** The coach's hours for each weekday: any number of stretches, each added or removed. */
export function WeeklyHours({ weekly, errors, onChange }: WeeklyHoursProps) {
  const add = (weekday: number) => onChange([...weekly, { weekday, start: "09:00", end: "17:00" }]);
  const remove = (index: number) => onChange(weekly.filter((_, i) => i !== index));
  const update = (index: number, change: Partial<Stretch>) =>
    onChange(weekly.map((stretch, i) => (i === index ? { ...stretch, ...change } : stretch)));

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">Weekly hours</legend>
      <p className="text-sm text-slate-600">
        When clients may book, in the time zone above. A day without hours is not bookable.
      </p>
      {errors.weekly ? <p className="text-sm font-medium text-red-700">{errors.weekly}</p> : null}
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {WEEKDAYS.map((day, dayIndex) => {
          const weekday = dayIndex + 1;
          const stretches = weekly
            .map((stretch, index) => ({ stretch, index }))
            .filter(({ stretch }) => stretch.weekday === weekday);
          return (
            <li key={day} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-start">
              <h4 className="w-28 shrink-0 pt-2 text-sm font-medium text-slate-900">{day}</h4>
              <div className="min-w-0 flex-1 space-y-2">
                {stretches.length === 0 ? (
                  <p className="pt-2 text-sm text-slate-600">Not available</p>
                ) : null}
                {stretches.map(({ stretch, index }, n) => (
                  <StretchRow
                    key={index}
                    label={`${day}, hours ${n + 1}`}
                    stretch={stretch}
                    startError={errors[`weekly.${index}.start`] ?? errors[`weekly.${index}`]}
                    endError={errors[`weekly.${index}.end`]}
                    onChange={(change) => update(index, change)}
                    onRemove={() => remove(index)}
                  />
                ))}
              </div>
              <Button variant="ghost" size="sm" className="self-start" onClick={() => add(weekday)}>
                <Plus aria-hidden="true" />
                Add hours<span className="sr-only"> on {day}</span>
              </Button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

type StretchRowProps = {
  label: string;
  stretch: Stretch;
  startError: string | undefined;
  endError: string | undefined;
  onChange: (change: Partial<Stretch>) => void;
  onRemove: () => void;
};

function StretchRow({ label, stretch, startError, endError, onChange, onRemove }: StretchRowProps) {
  const error = [startError, endError].filter(Boolean).join(" ");
  const errorId = useId();
  const describedBy = error ? errorId : undefined;
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        <Input
          type="time"
          aria-label={`${label}: from`}
          value={stretch.start}
          onChange={(event) => onChange({ start: event.target.value })}
          aria-invalid={startError ? true : undefined}
          aria-describedby={describedBy}
          className="w-36"
        />
        <span className="text-sm text-slate-600">to</span>
        <Input
          type="time"
          aria-label={`${label}: until`}
          value={stretch.end}
          onChange={(event) => onChange({ end: event.target.value })}
          aria-invalid={endError ? true : undefined}
          aria-describedby={describedBy}
          className="w-36"
        />
        <Button variant="ghost" size="icon" onClick={onRemove} aria-label={`Remove ${label}`}>
          <Trash2 aria-hidden="true" />
        </Button>
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
