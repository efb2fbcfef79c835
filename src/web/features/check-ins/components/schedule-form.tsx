import { useState } from "react";
import type { CheckInSchedule } from "../../../../contract/check-ins";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Select } from "../../../components/ui/select";
import { fieldErrorsOf, formMessageOf } from "../../../lib/form-errors";
import { useSaveCheckInSchedule } from "../api/check-ins";
import { WEEKDAYS } from "./check-in-words";

/** Every zone the browser knows; the saved one is always among them. */
function zoneOptions(current: string): string[] {
  const zones =
    typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`;

/** The client's choice of when the weekly check-in mail comes, and whether it comes at all. */
export function ScheduleForm({
  engagementId,
  schedule,
  mailedNow,
}: {
  engagementId: string;
  schedule: CheckInSchedule;
  /** Whether the engagement's stage is one whose check-ins Keel mails. */
  mailedNow: boolean;
}) {
  const save = useSaveCheckInSchedule(engagementId);
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || schedule.timeZone;
  const [weekday, setWeekday] = useState(schedule.weekday);
  const [hour, setHour] = useState(schedule.hour);
  const [timeZone, setTimeZone] = useState(schedule.saved ? schedule.timeZone : browserZone);
  const errors = fieldErrorsOf(save.error);

  const send = (enabled: boolean) => save.mutate({ weekday, hour, timeZone, enabled });
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        send(true);
      }}
    >
      <FormAlert message={formMessageOf(save.error)} />
      <p className="text-sm text-slate-700" aria-live="polite">
        {schedule.saved && schedule.enabled
          ? `Keel mails you a check-in every ${WEEKDAYS[schedule.weekday - 1]} at ${hourLabel(schedule.hour)} (${schedule.timeZone})${mailedNow ? "." : ", once your one-to-one sessions are under way."}`
          : "No check-in mail is set. Choose a day and hour to get one each week."}
      </p>
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField label="Day" name="weekday" error={errors.weekday}>
          {(control) => (
            <Select
              {...control}
              value={weekday}
              onChange={(e) => setWeekday(Number(e.target.value))}
            >
              {WEEKDAYS.map((day, index) => (
                <option key={day} value={index + 1}>
                  {day}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField label="Hour" name="hour" error={errors.hour}>
          {(control) => (
            <Select {...control} value={hour} onChange={(e) => setHour(Number(e.target.value))}>
              {Array.from({ length: 24 }, (_, h) => (
                <option key={hourLabel(h)} value={h}>
                  {hourLabel(h)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField label="Time zone" name="timeZone" error={errors.timeZone}>
          {(control) => (
            <Select {...control} value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
              {zoneOptions(timeZone).map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" pending={save.isPending}>
          {schedule.saved && schedule.enabled ? "Save the time" : "Mail me each week"}
        </Button>
        {schedule.saved && schedule.enabled ? (
          <Button type="button" variant="secondary" size="sm" onClick={() => send(false)}>
            Stop the weekly mail
          </Button>
        ) : null}
      </div>
    </form>
  );
}
