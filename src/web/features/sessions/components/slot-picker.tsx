import { Check, ChevronLeft, ChevronRight } from "lucide-react";
import { useState } from "react";
import type { SlotList } from "../../../../contract/sessions";
import { QueryState } from "../../../components/query-state";
import { Button } from "../../../components/ui/button";
import { cn } from "../../../lib/cn";
import { useSlots } from "../api/slots";
import { browserTimeZone, formatSlotDay, isoDateFromToday } from "./session-time";

type SlotPickerProps = {
  engagementId: string;
  /** The chosen slot's start (UTC), or null. */
  value: string | null;
  onChange: (startsAt: string) => void;
  /** The radio group's name, unique on the page. */
  name: string;
  error?: string | undefined;
};

const WEEKS_AHEAD = 8;

/** The coach's free slots a week at a time, grouped by day, in the viewer's own zone. */
export function SlotPicker({ engagementId, value, onChange, name, error }: SlotPickerProps) {
  const [week, setWeek] = useState(0);
  const timeZone = browserTimeZone();
  const from = isoDateFromToday(week * 7);
  const to = isoDateFromToday(week * 7 + 6);
  const slots = useSlots(engagementId, { from, to, timeZone });
  return (
    <fieldset className="space-y-3" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">Free times</legend>
      <p className="text-sm text-slate-600">
        Shown in your time zone, {timeZone.replaceAll("_", " ")}.
      </p>
      <div className="flex items-center justify-between gap-2">
        <Button
          variant="secondary"
          size="sm"
          disabled={week === 0}
          onClick={() => setWeek(week - 1)}
        >
          <ChevronLeft aria-hidden="true" />
          Earlier
        </Button>
        <p className="text-sm font-medium text-slate-800" aria-live="polite">
          {formatSlotDay(from, "short")} to {formatSlotDay(to, "short")}
        </p>
        <Button
          variant="secondary"
          size="sm"
          disabled={week >= WEEKS_AHEAD}
          onClick={() => setWeek(week + 1)}
        >
          Later
          <ChevronRight aria-hidden="true" />
        </Button>
      </div>
      {error ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <QueryState query={slots} loading="Finding free times…">
        {(data) => <SlotDays list={data} value={value} onChange={onChange} name={name} />}
      </QueryState>
    </fieldset>
  );
}

function SlotDays({
  list,
  value,
  onChange,
  name,
}: {
  list: SlotList;
  value: string | null;
  onChange: (startsAt: string) => void;
  name: string;
}) {
  if (list.slots.length === 0)
    return (
      <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-700">
        No free times this week.{list.emptyBecause ? ` ${list.emptyBecause}` : " Try a later week."}
      </p>
    );
  const days = new Map<string, SlotList["slots"]>();
  for (const slot of list.slots)
    days.set(slot.localDate, [...(days.get(slot.localDate) ?? []), slot]);
  return (
    <div className="space-y-3">
      {[...days].map(([day, slots]) => (
        <div key={day}>
          <h4 className="mb-1.5 text-sm font-semibold text-slate-900">{formatSlotDay(day)}</h4>
          <div className="flex flex-wrap gap-2">
            {slots.map((slot) => {
              const chosen = value === slot.startsAt;
              return (
                <label key={slot.startsAt} className="relative">
                  <input
                    type="radio"
                    name={name}
                    value={slot.startsAt}
                    checked={chosen}
                    onChange={() => onChange(slot.startsAt)}
                    className="peer sr-only"
                    aria-label={`${formatSlotDay(day)}, ${slot.localTime}`}
                  />
                  <span
                    className={cn(
                      "inline-flex h-9 cursor-pointer items-center gap-1 rounded-md border px-3 text-sm",
                      "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-700",
                      chosen
                        ? "border-brand-700 bg-brand-700 font-semibold text-white"
                        : "border-slate-300 bg-white text-slate-800 hover:border-brand-700",
                    )}
                    aria-hidden="true"
                  >
                    {chosen ? <Check className="size-4" /> : null}
                    {slot.localTime}
                  </span>
                </label>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
