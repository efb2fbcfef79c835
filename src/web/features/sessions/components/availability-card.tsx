import { type FormEvent, useState } from "react";
import type { Availability, AvailabilityInput } from "../../../../contract/sessions";
import { QueryState } from "../../../components/query-state";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { useFieldProblems } from "../../../lib/use-field-problems";
import { useAvailability, useSaveAvailability } from "../api/availability";
import { browserTimeZone, timeZoneOptions } from "./session-time";
import { WeeklyHours } from "./weekly-hours";

/** The coach's bookable hours and the rules of booking, moving and cancelling. */
export function AvailabilityCard() {
  const availability = useAvailability();
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle id="availability-heading">Availability for sessions</CardTitle>
          <CardDescription>
            The hours your clients may book one-to-one sessions in, and the rules for booking,
            moving and cancelling them.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <QueryState query={availability} loading="Loading your availability…">
          {(data) => <AvailabilityForm availability={data} />}
        </QueryState>
      </CardContent>
    </Card>
  );
}

type NumberField = Exclude<keyof AvailabilityInput, "timeZone" | "weekly">;

const NUMBER_FIELDS: { name: NumberField; label: string; hint: string; max: number }[] = [
  { name: "sessionMinutes", label: "Session length (minutes)", hint: "15 to 240.", max: 240 },
  {
    name: "bufferMinutes",
    label: "Buffer between sessions (minutes)",
    hint: "0 to 120.",
    max: 120,
  },
  {
    name: "minNoticeHours",
    label: "Minimum notice (hours)",
    hint: "How long before a session it may still be booked.",
    max: 336,
  },
  {
    name: "horizonDays",
    label: "Booking horizon (days)",
    hint: "How far ahead clients may book.",
    max: 365,
  },
  {
    name: "lateCancelHours",
    label: "Late cancellation (hours)",
    hint: "A session cancelled less than this before it starts counts as used.",
    max: 168,
  },
  {
    name: "maxMoves",
    label: "Moves allowed per session",
    hint: "How many times a session may be moved.",
    max: 10,
  },
];

function initialValues(availability: Availability): AvailabilityInput {
  const { saved, ...values } = availability;
  return saved ? values : { ...values, timeZone: browserTimeZone() };
}

function AvailabilityForm({ availability }: { availability: Availability }) {
  const save = useSaveAvailability();
  const problems = useFieldProblems("availability");
  const [values, setValues] = useState(() => initialValues(availability));
  const set = (change: Partial<AvailabilityInput>) => {
    save.reset();
    setValues((before) => ({ ...before, ...change }));
    problems.clearErrors(...Object.keys(change));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problems.clearAll();
    const blank = NUMBER_FIELDS.filter(({ name }) => Number.isNaN(values[name]));
    if (blank.length > 0) {
      problems.showProblems(blank.map(({ name }) => ({ path: name, message: "Give a number" })));
      return;
    }
    save.mutate(values, { onError: problems.showRefusal });
  };

  return (
    <form
      ref={problems.formRef}
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="availability-heading"
      className="space-y-5"
    >
      <div role="status">
        {save.isSuccess ? (
          <Alert tone="success" title="Saved">
            Your clients now see free slots from these hours.
          </Alert>
        ) : !availability.saved ? (
          <Alert tone="info">
            These are suggested hours; clients can book only once you save your own.
          </Alert>
        ) : null}
      </div>
      <FormAlert message={problems.problem} />
      <FormField
        label="Time zone"
        name="timeZone"
        error={problems.errors.timeZone}
        hint="Your weekly hours are in this zone; each client sees slots in their own."
      >
        {(field) => (
          <Select
            {...field}
            value={values.timeZone}
            onChange={(event) => set({ timeZone: event.target.value })}
          >
            {timeZoneOptions(values.timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <WeeklyHours
        weekly={values.weekly}
        errors={problems.errors}
        onChange={(weekly) => set({ weekly })}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        {NUMBER_FIELDS.map(({ name, label, hint, max }) => (
          <FormField key={name} label={label} name={name} hint={hint} error={problems.errors[name]}>
            {(field) => (
              <Input
                {...field}
                type="number"
                inputMode="numeric"
                min={0}
                max={max}
                value={Number.isNaN(values[name]) ? "" : values[name]}
                onChange={(event) => set({ [name]: event.target.valueAsNumber })}
                className="w-32"
              />
            )}
          </FormField>
        ))}
      </div>
      <Button type="submit" pending={save.isPending}>
        Save availability
      </Button>
    </form>
  );
}
