import { type FormEvent, useState } from "react";
import type { SeriesPreviewQuery, SeriesSummary } from "../../../../contract/session-series";
import type { SessionMode } from "../../../../contract/sessions";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { formMessageOf } from "../../../lib/form-errors";
import { useFieldProblems } from "../../../lib/use-field-problems";
import { useAvailability } from "../api/availability";
import { useScheduleSeries, useSeriesPreview } from "../api/session-series";
import { ModeFields } from "./mode-fields";
import {
  browserTimeZone,
  formatSessionTime,
  isoDateFromToday,
  timeZoneOptions,
} from "./session-time";

// The coach schedules a series: a weekday, a time, every N weeks, how many sessions. The server
// expands the rule (in the coach's zone, so the local time holds across changes of the clocks)
// and shows the dates, each marked when the coach is taken, before anything is saved.

const WEEKDAYS = [
  ["MO", "Monday"],
  ["TU", "Tuesday"],
  ["WE", "Wednesday"],
  ["TH", "Thursday"],
  ["FR", "Friday"],
  ["SA", "Saturday"],
  ["SU", "Sunday"],
] as const;

type ScheduleSeriesProps = {
  engagementId: string;
  /** Sessions of the allowance still free: the most a series may have. */
  sessionsLeft: number;
  onScheduled: (series: SeriesSummary) => void;
  onCancel: () => void;
};

export function ScheduleSeries({
  engagementId,
  sessionsLeft,
  onScheduled,
  onCancel,
}: ScheduleSeriesProps) {
  const problems = useFieldProblems("series");
  const [weekday, setWeekday] = useState("TU");
  const [localTime, setLocalTime] = useState("08:30");
  const [weeks, setWeeks] = useState("2");
  const [count, setCount] = useState(String(Math.min(4, Math.max(1, sessionsLeft))));
  const [firstDate, setFirstDate] = useState(isoDateFromToday(7));
  const [mode, setMode] = useState<SessionMode>("video");
  const [place, setPlace] = useState("");
  // Until the coach picks one: the zone of their saved hours, else the browser's.
  const availability = useAvailability();
  const [chosenZone, setChosenZone] = useState<string | null>(null);
  const hoursZone = availability.data?.saved ? availability.data.timeZone : null;
  const timeZone = chosenZone ?? hoursZone ?? browserTimeZone();
  const zoneName = timeZone.replaceAll("_", " ");
  const [pattern, setPattern] = useState<SeriesPreviewQuery | null>(null);
  const preview = useSeriesPreview(engagementId, pattern);
  const schedule = useScheduleSeries(engagementId);

  const changed = () => setPattern(null);
  const onShowDates = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problems.clearAll();
    setPattern({
      rrule: `FREQ=WEEKLY;INTERVAL=${weeks};BYDAY=${weekday};COUNT=${count}`,
      firstDate,
      localTime,
      timeZone,
    });
  };
  const onConfirm = () => {
    if (!pattern) return;
    const trimmed = place.trim();
    schedule.mutate(
      { ...pattern, mode, ...(trimmed ? { place: trimmed } : {}) },
      { onSuccess: onScheduled, onError: problems.showRefusal },
    );
  };
  const occurrences = preview.data?.occurrences ?? [];
  const clashes = occurrences.filter((o) => o.clashes).length;

  return (
    <form
      ref={problems.formRef}
      noValidate
      onSubmit={onShowDates}
      aria-labelledby="schedule-series-heading"
      className="space-y-5 rounded-lg border border-slate-200 bg-slate-50/60 p-4"
    >
      <h3 id="schedule-series-heading" className="text-base font-semibold text-slate-900">
        Schedule a series
      </h3>
      <FormAlert
        message={problems.problem ?? (preview.error ? formMessageOf(preview.error) : null)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Day of the week" name="weekday">
          {(field) => (
            <Select
              {...field}
              value={weekday}
              onChange={(event) => {
                setWeekday(event.target.value);
                changed();
              }}
            >
              {WEEKDAYS.map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField label="Time" name="localTime" hint={`In ${zoneName} time.`}>
          {(field) => (
            <Input
              {...field}
              type="time"
              value={localTime}
              onChange={(event) => {
                setLocalTime(event.target.value);
                changed();
              }}
            />
          )}
        </FormField>
        <FormField
          label="Time zone"
          name="timeZone"
          error={problems.errors.timeZone}
          hint="The sessions keep this local time when the clocks change."
        >
          {(field) => (
            <Select
              {...field}
              value={timeZone}
              onChange={(event) => {
                setChosenZone(event.target.value);
                changed();
              }}
            >
              {timeZoneOptions(timeZone).map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField label="Every" name="interval">
          {(field) => (
            <Select
              {...field}
              value={weeks}
              onChange={(event) => {
                setWeeks(event.target.value);
                changed();
              }}
            >
              {["1", "2", "3", "4"].map((n) => (
                <option key={n} value={n}>
                  {n === "1" ? "week" : `${n} weeks`}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField
          label="How many sessions"
          name="count"
          hint={`${sessionsLeft} of the allowance ${sessionsLeft === 1 ? "is" : "are"} left.`}
        >
          {(field) => (
            <Input
              {...field}
              type="number"
              min={1}
              max={Math.max(1, Math.min(52, sessionsLeft))}
              value={count}
              onChange={(event) => {
                setCount(event.target.value);
                changed();
              }}
            />
          )}
        </FormField>
        <FormField label="Starting from" name="firstDate" error={problems.errors.firstDate}>
          {(field) => (
            <Input
              {...field}
              type="date"
              value={firstDate}
              onChange={(event) => {
                setFirstDate(event.target.value);
                changed();
              }}
            />
          )}
        </FormField>
      </div>
      <ModeFields
        name="series"
        mode={mode}
        place={place}
        errors={problems.errors}
        onChange={(change) => {
          if (change.mode) setMode(change.mode);
          if (change.place !== undefined) setPlace(change.place);
          problems.clearErrors("mode", "place");
        }}
      />
      {occurrences.length > 0 ? (
        <div>
          <h4 className="text-sm font-semibold text-slate-900">
            {occurrences.length === 1 ? "The session" : `The ${occurrences.length} sessions`}, in{" "}
            {zoneName} time
          </h4>
          <ol className="mt-1 space-y-1 text-sm text-slate-800">
            {occurrences.map((o) => (
              <li key={o.startsAt}>
                {formatSessionTime(o.startsAt, o.endsAt, timeZone)}
                {timeZone !== browserTimeZone() ? (
                  <span className="text-slate-600">
                    {" "}
                    (yours: {formatSessionTime(o.startsAt, o.endsAt)})
                  </span>
                ) : null}
                {o.clashes ? (
                  <span className="font-medium text-red-700"> — you have another session then</span>
                ) : null}
              </li>
            ))}
          </ol>
          {clashes > 0 ? (
            <p className="mt-2 text-sm font-medium text-red-700">
              Choose another day or time:{" "}
              {clashes === 1 ? "one date clashes" : `${clashes} dates clash`}.
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {occurrences.length > 0 && clashes === 0 ? (
          <Button pending={schedule.isPending} onClick={onConfirm}>
            Schedule {occurrences.length} {occurrences.length === 1 ? "session" : "sessions"}
          </Button>
        ) : (
          <Button type="submit" pending={preview.isFetching}>
            Show the dates
          </Button>
        )}
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
