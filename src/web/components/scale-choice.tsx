import { cn } from "../lib/cn";

/**
 * A row of numbered choices (1 to 10, or 1 to 5) as radio buttons: large enough to tap on a phone,
 * read as one group by a screen reader with its legend, each number with its word when it has one.
 */
export function ScaleChoice({
  name,
  legend,
  hiddenLegend,
  hint,
  max,
  value,
  onChange,
  error,
  words,
}: {
  name: string;
  legend: string;
  /** Said to a screen reader after the legend: what is rated, when the page shows it above. */
  hiddenLegend?: string;
  /** Under the legend; with words, shown under the row until a value is chosen instead. */
  hint?: string;
  max: number;
  value: number | null;
  onChange: (value: number) => void;
  error?: string | undefined;
  /** A word for each value: read out with each number, shown under the row for the one chosen. */
  words?: readonly string[];
}) {
  const errorId = error ? `${name}-error` : undefined;
  const hintBelow = words !== undefined;
  return (
    <fieldset aria-describedby={errorId} className="space-y-1.5">
      <legend className="text-sm font-medium text-slate-800">
        {legend}
        {hiddenLegend ? <span className="sr-only"> {hiddenLegend}</span> : null}
      </legend>
      {hint && !hintBelow ? <p className="text-xs text-slate-600">{hint}</p> : null}
      <div
        className={cn("grid gap-1.5", max === 10 ? "grid-cols-5 sm:grid-cols-10" : "grid-cols-5")}
        role="presentation"
      >
        {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
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
            {words?.[n - 1] ? <span className="sr-only">: {words[n - 1]}</span> : null}
          </label>
        ))}
      </div>
      {hintBelow && (value !== null || hint) ? (
        <p className="text-xs text-slate-600">{value !== null ? words[value - 1] : hint}</p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
