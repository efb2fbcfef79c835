import type { SurveyModel } from "../../../../contract/feedback";
import type { Rating } from "../../../../domain/feedback/competency-model";
import { cn } from "../../../lib/cn";
import { behaviourDomId, type NumberedItem } from "./survey-answers";

type BehaviourFieldProps = {
  item: NumberedItem;
  scale: SurveyModel["scale"];
  notObservedLabel: string;
  /** undefined until answered; null is "not observed". */
  value: Rating | undefined;
  onRate: (itemId: string, value: Rating) => void;
  /** Marks a behaviour the rater was sent back to because it has no answer. */
  flagged?: boolean;
};

const OPTION = cn(
  "flex min-h-16 cursor-pointer flex-col items-center justify-start gap-1.5 rounded-lg border px-1 pt-2.5 pb-2 text-center text-sm leading-tight transition-colors",
  "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-700",
);

/**
 * One behaviour as a group of native radio buttons: Tab moves between behaviours, the arrow keys
 * between the answers of one. On a phone the answers take two rows of three large targets; from
 * the sm breakpoint one row. "Not observed" is set apart: dashed, grey, last.
 */
export function BehaviourField({
  item,
  scale,
  notObservedLabel,
  value,
  onRate,
  flagged = false,
}: BehaviourFieldProps) {
  const name = `rating-${item.id}`;
  const noteId = `${name}-note`;
  const missing = flagged && value === undefined;
  return (
    <fieldset
      id={behaviourDomId(item.id)}
      tabIndex={-1}
      aria-describedby={missing ? noteId : undefined}
      className={cn(
        "min-w-0 scroll-mt-40 border-t border-slate-100 py-5 outline-none first:border-t-0 first:pt-0 last:pb-0",
        missing && "-mx-3 rounded-lg border-t-0 bg-amber-50 px-3 first:pt-5 last:pb-5",
      )}
    >
      <legend className="float-left mb-3 flex w-full gap-2 text-base font-medium text-slate-900">
        <span className="w-7 shrink-0 text-right text-slate-600 tabular-nums">{item.number}.</span>
        <span className="min-w-0">{item.text}</span>
      </legend>
      <div className="clear-left sm:pl-9">
        {missing ? (
          <p id={noteId} className="mb-2 text-sm font-medium text-amber-900">
            Not answered yet
          </p>
        ) : null}
        <div className="grid grid-cols-3 gap-2 sm:grid-cols-[repeat(5,minmax(0,1fr))_minmax(0,1.1fr)]">
          {scale.map((option) => (
            <label
              key={option.value}
              className={cn(
                OPTION,
                "border-slate-300 bg-white text-slate-800 hover:border-brand-600 hover:bg-brand-50",
                "has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:font-semibold has-checked:text-brand-900 has-checked:ring-1 has-checked:ring-brand-700",
              )}
            >
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onRate(item.id, option.value as Rating)}
                className="size-5 shrink-0 accent-brand-700 focus-visible:outline-none"
              />
              {option.label}
            </label>
          ))}
          <label
            className={cn(
              OPTION,
              "border-dashed border-slate-400 bg-slate-50 text-slate-700 italic hover:border-slate-600 hover:bg-slate-100 sm:ml-2",
              "has-checked:border-solid has-checked:border-slate-700 has-checked:bg-slate-200 has-checked:font-semibold has-checked:text-slate-900 has-checked:not-italic",
            )}
          >
            <input
              type="radio"
              name={name}
              value="not-observed"
              checked={value === null}
              onChange={() => onRate(item.id, null)}
              className="size-5 shrink-0 accent-slate-700 focus-visible:outline-none"
            />
            {notObservedLabel}
          </label>
        </div>
      </div>
    </fieldset>
  );
}
