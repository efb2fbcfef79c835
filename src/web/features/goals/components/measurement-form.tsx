import { useId, useState } from "react";
import type { Goal } from "../../../../contract/goals";
import { Button } from "../../../components/ui/button";
import { Input } from "../../../components/ui/input";
import { Label } from "../../../components/ui/label";
import { fieldErrorsOf, formMessageOf } from "../../../lib/form-errors";
import { formatDate, todayIsoDate } from "../../../lib/format-date";
import { useAddMeasurement } from "../api/measurements";
import { formatNumber, numberOrNull } from "./numbers";

/** The last measurement, and beside it the small form that adds the next while one may be added. */
export function LatestAndNext({ goal, measurable }: { goal: Goal; measurable: boolean }) {
  const last = goal.measurements.at(-1);
  const unit = goal.measure?.unit ?? "";
  return (
    <div className="grid gap-4 sm:grid-cols-[minmax(0,14rem)_1fr]">
      <div className="rounded-lg border border-slate-200 p-3">
        <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-600">
          Last measurement
        </h4>
        {last ? (
          <>
            <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">
              {formatNumber(last.value)}{" "}
              <span className="text-sm font-normal text-slate-600">{unit}</span>
            </p>
            <p className="text-sm text-slate-600">
              {formatDate(last.measuredOn)} · {last.recordedBy.name}
            </p>
            {last.note ? <p className="mt-1 text-sm text-slate-700">“{last.note}”</p> : null}
          </>
        ) : (
          <p className="mt-1 text-sm text-slate-600">
            None yet. Start from the baseline of{" "}
            {goal.baseline === null ? "–" : formatNumber(goal.baseline)}.
          </p>
        )}
      </div>
      {measurable && goal.measure && goal.state === "open" ? <MeasurementForm goal={goal} /> : null}
    </div>
  );
}

export function MeasurementForm({ goal }: { goal: Goal }) {
  const id = useId();
  const add = useAddMeasurement();
  const [valueError, setValueError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const serverErrors = fieldErrorsOf(add.error);
  const valueProblem = valueError ?? serverErrors.value;
  const dateProblem = serverErrors.measuredOn;

  return (
    <form
      aria-label={`Add a measurement of ${goal.measure?.what ?? "the goal"}`}
      className="rounded-lg border border-slate-200 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        const value = numberOrNull(String(data.get("value") ?? ""));
        if (value === null || Number.isNaN(value)) {
          setValueError("Give the value as a number");
          return;
        }
        setValueError(null);
        const note = String(data.get("note") ?? "").trim();
        add.mutate(
          {
            goalId: goal.id,
            value,
            measuredOn: String(data.get("measuredOn")),
            ...(note ? { note } : {}),
          },
          {
            onSuccess: () => {
              form.reset();
              setSaved(true);
            },
          },
        );
      }}
    >
      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-600">Add the next</h4>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <Label htmlFor={`${id}-value`}>Value ({goal.measure?.unit})</Label>
          <Input
            id={`${id}-value`}
            name="value"
            inputMode="decimal"
            required
            aria-invalid={valueProblem ? true : undefined}
            aria-describedby={valueProblem ? `${id}-value-error` : undefined}
            onChange={() => setSaved(false)}
          />
          {valueProblem ? (
            <p id={`${id}-value-error`} className="text-sm font-medium text-red-700">
              {valueProblem}
            </p>
          ) : null}
        </div>
        <div className="space-y-1">
          <Label htmlFor={`${id}-date`}>Measured on</Label>
          <Input
            id={`${id}-date`}
            name="measuredOn"
            type="date"
            required
            defaultValue={todayIsoDate()}
            max={todayIsoDate()}
            aria-invalid={dateProblem ? true : undefined}
          />
          {dateProblem ? <p className="text-sm font-medium text-red-700">{dateProblem}</p> : null}
        </div>
        <div className="space-y-1 sm:col-span-2">
          <Label htmlFor={`${id}-note`}>
            Note <span className="font-normal text-slate-600">(optional)</span>
          </Label>
          <Input id={`${id}-note`} name="note" maxLength={500} />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" pending={add.isPending}>
          Add measurement
        </Button>
        <p role="status" className="text-sm text-slate-700">
          {saved
            ? "Added. The status is up to date."
            : add.error && !serverErrors.value && !serverErrors.measuredOn
              ? formMessageOf(add.error)
              : ""}
        </p>
      </div>
    </form>
  );
}
