import { cn } from "../../../lib/cn";

type ToggleGroupProps<T extends string> = {
  /** What the buttons choose, for screen readers. */
  legend: string;
  options: { value: T; label: string; count?: number }[];
  value: T;
  onChange: (next: T) => void;
  className?: string;
};

/** A row of pressed-or-not buttons choosing what is shown: one is pressed at a time. */
export function ToggleGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  className,
}: ToggleGroupProps<T>) {
  return (
    <fieldset className={cn("flex min-w-0 flex-wrap gap-1", className)}>
      <legend className="sr-only">{legend}</legend>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
          className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-pressed:bg-brand-50 aria-pressed:text-brand-800"
        >
          {option.label}
          {option.count === undefined ? null : (
            <span className="text-slate-600"> ({option.count})</span>
          )}
        </button>
      ))}
    </fieldset>
  );
}
