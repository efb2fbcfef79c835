import { useState } from "react";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { localInputToInstant } from "./session-time";
import { SlotPicker } from "./slot-picker";

export type StartChoice = { startsAt: string | null };

type StartPickerProps = {
  engagementId: string;
  /** The coach may also give any date and time. */
  anyTime: boolean;
  name: string;
  value: StartChoice;
  error: string | undefined;
  onChange: (choice: StartChoice) => void;
};

/** A free slot, or for the coach any date and time typed in their own zone. */
export function StartPicker({
  engagementId,
  anyTime,
  name,
  value,
  error,
  onChange,
}: StartPickerProps) {
  const [way, setWay] = useState<"slot" | "any">("slot");
  const [typed, setTyped] = useState("");
  const choose = (next: "slot" | "any") => {
    setWay(next);
    onChange({ startsAt: next === "any" ? localInputToInstant(typed) : null });
  };
  return (
    <div className="space-y-4">
      {anyTime ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">When</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            <label className="flex items-center gap-2 text-sm text-slate-900">
              <input
                type="radio"
                name={`${name}-way`}
                checked={way === "slot"}
                onChange={() => choose("slot")}
                className="size-4 accent-brand-700"
              />
              A free time in your hours
            </label>
            <label className="flex items-center gap-2 text-sm text-slate-900">
              <input
                type="radio"
                name={`${name}-way`}
                checked={way === "any"}
                onChange={() => choose("any")}
                className="size-4 accent-brand-700"
              />
              Any date and time
            </label>
          </div>
        </fieldset>
      ) : null}
      {way === "slot" ? (
        <SlotPicker
          engagementId={engagementId}
          name={`${name}-slot`}
          value={value.startsAt}
          error={error}
          onChange={(startsAt) => onChange({ startsAt })}
        />
      ) : (
        <FormField
          label="Date and time"
          name="startsAt"
          hint="In your own time zone."
          error={error}
        >
          {(field) => (
            <Input
              {...field}
              type="datetime-local"
              value={typed}
              onChange={(event) => {
                setTyped(event.target.value);
                onChange({ startsAt: localInputToInstant(event.target.value) });
              }}
              className="w-60"
            />
          )}
        </FormField>
      )}
    </div>
  );
}
