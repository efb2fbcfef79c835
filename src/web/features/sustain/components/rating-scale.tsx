import { cn } from "../../../lib/cn";

export const RATING_WORDS = [
  "Not at all",
  "Now and then",
  "About half the time",
  "Most of the time",
  "Every time it was due",
] as const;

/** Five choices as radio buttons, large enough to tap on a phone, read as one group. */
export function RatingScale({
  name,
  legend,
  hiddenLegend,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  /** Said to a screen reader after the legend: what is rated, when the page shows it above. */
  hiddenLegend?: string;
  value: number | null;
  onChange: (value: number) => void;
  error?: string | undefined;
}) {
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId} className="space-y-1.5">
      <legend className="text-sm font-medium text-slate-800">
        {legend}
        {hiddenLegend ? <span className="sr-only"> {hiddenLegend}</span> : null}
      </legend>
      <div className="grid grid-cols-5 gap-1.5" role="presentation">
        {[1, 2, 3, 4, 5].map((n) => (
          <label
            key={n}
            className={cn(
              "flex h-11 cursor-pointer items-center justify-center rounded-md border text-sm font-medium",
              "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-700",
              value === n
                ? "border-brand-700 bg-brand-700 text-white"
                : "border-slate-300 bg-white text-slate-800 hover:border-slate-400",
            )}
          >
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              className="sr-only"
              aria-invalid={error ? true : undefined}
            />
            {n}
            <span className="sr-only">: {RATING_WORDS[n - 1]}</span>
          </label>
        ))}
      </div>
      <p className="text-xs text-slate-600">
        {value !== null ? RATING_WORDS[value - 1] : "1 is not at all, 5 every time it was due"}
      </p>
      {error ? (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
