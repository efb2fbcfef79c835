import { CalendarClock } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { isoToLocalInput, localInputToIso, viewerTimeZone } from "./article-words";

type Props = {
  /** The time it is scheduled for now, if it is. */
  initial: string | null;
  rescheduling: boolean;
  /** The server's word on the time (a time past, say), shown at the field. */
  error: string | undefined;
  pending: boolean;
  onSchedule: (publishAt: string) => Promise<void>;
  onInvalid: (message: string) => void;
};

/** A day and time in the viewer's own zone, sent as a moment, at which the article goes live. */
export function ScheduleField({
  initial,
  rescheduling,
  error,
  pending,
  onSchedule,
  onInvalid,
}: Props) {
  const [value, setValue] = useState(() => isoToLocalInput(initial));
  const schedule = () => {
    const publishAt = localInputToIso(value);
    if (!publishAt) return onInvalid("Choose the day and time it should go live.");
    void onSchedule(publishAt);
  };
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
      <FormField
        label={rescheduling ? "Goes live at" : "Or schedule it for later"}
        name="publishAt"
        error={error}
        hint={`In your time zone, ${viewerTimeZone()}.`}
        className="sm:w-72"
      >
        {(control) => (
          <Input
            {...control}
            type="datetime-local"
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        )}
      </FormField>
      <Button variant="secondary" className="sm:mt-7" pending={pending} onClick={schedule}>
        <CalendarClock aria-hidden="true" />
        {rescheduling ? "Change the time" : "Schedule"}
      </Button>
    </div>
  );
}
