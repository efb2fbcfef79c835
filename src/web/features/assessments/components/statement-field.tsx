import type { AssessmentItem, ResponseOption } from "../../../../contract/assessments";
import { cn } from "../../../lib/cn";

type StatementFieldProps = {
  item: AssessmentItem;
  /** Its place in the whole questionnaire, from 1. */
  number: number;
  options: ResponseOption[];
  value: number | undefined;
  onAnswer: (itemId: string, value: number) => void;
  /** Marks a statement the client was sent back to because it has no answer. */
  flagged?: boolean;
};

/**
 * One statement as a group of native radio buttons: Tab moves between statements, the arrow
 * keys between the answers of one. On a phone the answers are a column of large targets; from
 * the sm breakpoint a row of five; from lg the statement sits on the left of its row.
 */
export function StatementField({
  item,
  number,
  options,
  value,
  onAnswer,
  flagged = false,
}: StatementFieldProps) {
  const name = `statement-${item.id}`;
  const noteId = `${name}-note`;
  const missing = flagged && value === undefined;
  return (
    <fieldset
      id={name}
      tabIndex={-1}
      aria-describedby={missing ? noteId : undefined}
      className={cn(
        "min-w-0 scroll-mt-40 border-t border-slate-100 py-5 outline-none first:border-t-0 first:pt-0 last:pb-0",
        "lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)] lg:items-center lg:gap-x-6 lg:py-3",
        missing &&
          "-mx-3 rounded-lg border-t-0 bg-amber-50 px-3 first:pt-5 last:pb-5 lg:first:pt-3 lg:last:pb-3",
      )}
    >
      {/* A floated legend is laid out like any other child, so it can sit in the grid. */}
      <legend className="float-left mb-3 flex w-full gap-3 text-base font-medium text-slate-900 lg:mb-0">
        <span className="w-7 shrink-0 text-right text-slate-600 tabular-nums">{number}.</span>
        <span className="min-w-0">{item.text}</span>
      </legend>
      <div className="clear-left pl-10 lg:pl-0">
        {missing ? (
          <p id={noteId} className="mb-2 text-sm font-medium text-amber-900">
            Not answered yet
          </p>
        ) : null}
        <div className="flex flex-col gap-2 sm:grid sm:grid-cols-5">
          {options.map((option) => (
            <label
              key={option.value}
              className={cn(
                "flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm text-slate-800 transition-colors",
                "sm:min-h-16 sm:flex-col sm:justify-start sm:gap-1.5 sm:px-1.5 sm:py-2.5 sm:text-center sm:text-xs sm:leading-tight lg:min-h-14 lg:py-2",
                "hover:border-brand-600 hover:bg-brand-50",
                "has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:font-semibold has-checked:text-brand-900 has-checked:ring-1 has-checked:ring-brand-700",
                "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-700",
              )}
            >
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onAnswer(item.id, option.value)}
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
