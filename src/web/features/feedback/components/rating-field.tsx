import type { Rating } from "../../../../domain/feedback/competency-model";
import { cn } from "../../../lib/cn";
import type { RatingOption } from "./self-rating-progress";

type RatingFieldProps = {
  item: { id: string; text: string };
  /** Its place in the whole survey, from 1. */
  number: number;
  options: RatingOption[];
  /** undefined: not rated yet; null: not observed. */
  value: Rating | undefined;
  onRate: (itemId: string, rating: Rating) => void;
  /** Marks a behaviour the client was sent back to because it has no rating. */
  flagged?: boolean;
};

export const ratingFieldId = (itemId: string) => `behaviour-${itemId}`;

/**
 * One behaviour as a group of native radio buttons: Tab moves between behaviours, the arrow keys
 * between the answers of one. On a phone the answers sit two by two as large targets, from the
 * sm breakpoint in a row of six; "Not observed" looks apart, since it is no point on the scale.
 */
export function RatingField({
  item,
  number,
  options,
  value,
  onRate,
  flagged = false,
}: RatingFieldProps) {
  const name = ratingFieldId(item.id);
  const noteId = `${name}-note`;
  const missing = flagged && value === undefined;
  return (
    <fieldset
      id={name}
      tabIndex={-1}
      aria-describedby={missing ? noteId : undefined}
      className={cn(
        "min-w-0 scroll-mt-40 border-t border-slate-100 py-5 outline-none first:border-t-0 first:pt-0 last:pb-0",
        missing && "-mx-3 rounded-lg border-t-0 bg-amber-50 px-3 first:pt-5 last:pb-5",
      )}
    >
      <legend className="float-left mb-3 flex w-full gap-3 text-base font-medium text-slate-900">
        <span className="w-7 shrink-0 text-right text-slate-600 tabular-nums">{number}.</span>
        <span className="min-w-0">{item.text}</span>
      </legend>
      <div className="clear-left sm:pl-10">
        {missing ? (
          <p id={noteId} className="mb-2 text-sm font-medium text-amber-900">
            Not rated yet
          </p>
        ) : null}
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-6">
          {options.map((option) => (
            <label
              key={option.key}
              className={cn(
                "flex min-h-12 cursor-pointer items-center gap-2.5 rounded-lg border px-3 py-2 text-sm text-slate-800 transition-colors",
                "sm:min-h-16 sm:flex-col sm:justify-start sm:gap-1.5 sm:px-1.5 sm:py-2.5 sm:text-center sm:text-xs sm:leading-tight",
                option.rating === null
                  ? "border-dashed border-slate-400 bg-slate-50 italic"
                  : "border-slate-300 bg-white",
                "hover:border-brand-600 hover:bg-brand-50",
                "has-checked:border-solid has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:font-semibold has-checked:text-brand-900 has-checked:ring-1 has-checked:ring-brand-700",
                "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-700",
              )}
            >
              <input
                type="radio"
                name={name}
                value={option.key}
                checked={value !== undefined && value === option.rating}
                onChange={() => onRate(item.id, option.rating)}
                className="size-5 shrink-0 accent-brand-700 focus-visible:outline-none"
              />
              {option.label}
            </label>
          ))}
        </div>
      </div>
    </fieldset>
  );
}
