import type { PulseRating } from "../../../../domain/pulses/answers";
import { cn } from "../../../lib/cn";

const SCALE: { value: PulseRating; label: string }[] = [
  { value: 1, label: "Rarely" },
  { value: 2, label: "Sometimes" },
  { value: 3, label: "Often" },
  { value: 4, label: "Usually" },
  { value: 5, label: "Always" },
];

const OPTION = cn(
  "flex min-h-14 cursor-pointer flex-col items-center justify-center gap-1 rounded-lg border px-1 py-2 text-center text-sm leading-tight",
  "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-700",
);

/**
 * One behaviour as native radio buttons, large enough for a thumb: two rows of three on a phone,
 * one row from the sm breakpoint, "Not observed" set apart and last.
 */
export function PulseRatingField({
  id,
  number,
  text,
  value,
  onRate,
  missing,
}: {
  id: string;
  number: number;
  text: string;
  /** undefined until answered; null is "not observed". */
  value: PulseRating | null | undefined;
  onRate: (value: PulseRating | null) => void;
  missing: boolean;
}) {
  const name = `pulse-${id}`;
  return (
    <fieldset className={cn("min-w-0 py-4", missing && "rounded-lg bg-amber-50 px-3")}>
      <legend className="mb-3 text-base font-medium text-slate-900">
        {number}. {text}
      </legend>
      {missing ? <p className="mb-2 text-sm font-medium text-amber-900">Not answered yet</p> : null}
      <div className="grid grid-cols-3 gap-2 sm:grid-cols-6">
        {SCALE.map((option) => (
          <label
            key={option.value}
            className={cn(
              OPTION,
              "border-slate-300 bg-white text-slate-800 hover:border-brand-600",
              "has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:font-semibold has-checked:text-brand-900",
            )}
          >
            <input
              type="radio"
              name={name}
              checked={value === option.value}
              onChange={() => onRate(option.value)}
              className="size-5 accent-brand-700"
            />
            {option.value} · {option.label}
          </label>
        ))}
        <label
          className={cn(
            OPTION,
            "border-dashed border-slate-400 bg-slate-50 text-slate-700 italic",
            "has-checked:border-solid has-checked:border-slate-700 has-checked:bg-slate-200 has-checked:not-italic",
          )}
        >
          <input
            type="radio"
            name={name}
            checked={value === null}
            onChange={() => onRate(null)}
            className="size-5 accent-slate-700"
          />
          Not observed
        </label>
      </div>
    </fieldset>
  );
}
