import type { SessionMode } from "../../../../contract/sessions";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { MODE_LABELS, PLACE_LABELS } from "./session-time";

const MODES: SessionMode[] = ["video", "phone", "in_person"];

const PLACE_HINTS: Record<SessionMode, string> = {
  in_person: "Where you will meet.",
  phone: "The number to call.",
  video: "Leave it empty to use the engagement's meeting link.",
};

type ModeFieldsProps = {
  name: string;
  mode: SessionMode;
  place: string;
  errors: { mode?: string | undefined; place?: string | undefined };
  onChange: (change: { mode?: SessionMode; place?: string }) => void;
};

/** How the session is held (video, phone, in person) and where: the link, number or address. */
export function ModeFields({ name, mode, place, errors, onChange }: ModeFieldsProps) {
  return (
    <>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">How you will meet</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {MODES.map((option) => (
            <label key={option} className="flex items-center gap-2 text-sm text-slate-900">
              <input
                type="radio"
                name={`${name}-mode`}
                checked={mode === option}
                onChange={() => onChange({ mode: option })}
                className="size-4 accent-brand-700"
              />
              {MODE_LABELS[option]}
            </label>
          ))}
        </div>
        {errors.mode ? <p className="text-sm font-medium text-red-700">{errors.mode}</p> : null}
      </fieldset>
      <FormField
        label={PLACE_LABELS[mode]}
        name="place"
        optional={mode === "video"}
        hint={PLACE_HINTS[mode]}
        error={errors.place}
      >
        {(field) => (
          <Input
            {...field}
            type={mode === "video" ? "url" : mode === "phone" ? "tel" : "text"}
            maxLength={500}
            value={place}
            onChange={(event) => onChange({ place: event.target.value })}
          />
        )}
      </FormField>
    </>
  );
}
