import type { ExerciseSchedule, PlanExercise } from "../../../../../domain/goals/action-plan";
import { describeCadence } from "../../../../../domain/goals/cadence-words";
import { FormField } from "../../../../components/ui/form-field";
import { Input } from "../../../../components/ui/input";
import { Select } from "../../../../components/ui/select";
import { Textarea } from "../../../../components/ui/textarea";
import {
  CADENCE_PATTERNS,
  type Cadence,
  type CadencePattern,
  cadenceOf,
  cadenceRule,
  WEEKDAYS,
  type Weekday,
} from "./cadence";
import type { FieldsProps } from "./item-fields";

const ONCE = "once";
const KEEP = "keep";

/** A task with a due date or a cadence chosen from a few plain ones, read back in words. */
export function ExerciseFields({
  item,
  path,
  number,
  errors,
  onChange,
}: FieldsProps<PlanExercise>) {
  const { schedule } = item;
  const cadence = schedule.kind === "cadence" ? cadenceOf(schedule.rrule) : null;
  const when = schedule.kind === "once" ? ONCE : (cadence?.pattern ?? KEEP);
  const setSchedule = (next: ExerciseSchedule) => onChange({ schedule: next });

  function choose(value: string) {
    if (value === ONCE) setSchedule({ kind: "once", dueDate: "" });
    else if (value !== KEEP) {
      const day: Weekday = cadence?.day ?? "MO";
      setSchedule({
        kind: "cadence",
        rrule: cadenceRule({ pattern: value as CadencePattern, day }),
      });
    }
  }
  const setDay = (day: Weekday) =>
    cadence && setSchedule({ kind: "cadence", rrule: cadenceRule({ ...cadence, day } as Cadence) });

  return (
    <div className="space-y-3">
      <FormField
        label={`Exercise ${number}`}
        name={`${path}.task`}
        error={errors[`${path}.task`]}
        hint="Something to practise, e.g. hand one task to a team member"
      >
        {(control) => (
          <Textarea
            {...control}
            rows={2}
            className="field-sizing-content"
            value={item.task}
            onChange={(e) => onChange({ task: e.target.value })}
          />
        )}
      </FormField>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label="When" name={`${path}.when`}>
          {(control) => (
            <Select {...control} value={when} onChange={(e) => choose(e.target.value)}>
              <option value={ONCE}>Once, by a date</option>
              {CADENCE_PATTERNS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
              {when === KEEP && schedule.kind === "cadence" ? (
                <option value={KEEP}>{describeCadence(schedule.rrule)}</option>
              ) : null}
            </Select>
          )}
        </FormField>
        {schedule.kind === "once" ? (
          <FormField
            label="Due date"
            name={`${path}.schedule.dueDate`}
            error={errors[`${path}.schedule.dueDate`]}
          >
            {(control) => (
              <Input
                {...control}
                type="date"
                value={schedule.dueDate}
                onChange={(e) => setSchedule({ kind: "once", dueDate: e.target.value })}
              />
            )}
          </FormField>
        ) : cadence && cadence.pattern !== "workdays" ? (
          <FormField label="On" name={`${path}.day`} error={errors[`${path}.schedule.rrule`]}>
            {(control) => (
              <Select
                {...control}
                value={cadence.day}
                onChange={(e) => setDay(e.target.value as Weekday)}
              >
                {WEEKDAYS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {cadence.pattern === "monthly" ? `The first ${label}` : label}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        ) : null}
      </div>
      {schedule.kind === "cadence" ? (
        <p className="text-sm text-slate-700">
          Repeats: <strong className="font-medium">{describeCadence(schedule.rrule)}</strong>
        </p>
      ) : null}
    </div>
  );
}
