import type { z } from "zod";
import type { planConflict } from "../../../../../contract/goals";
import { SECTION_LABELS } from "../../../../../domain/goals/action-plan";
import { cn } from "../../../../lib/cn";
import { ItemLines } from "./item-view";
import { conflictKey, type Side } from "./merge-stale";

type Conflict = z.output<typeof planConflict>;

type ConflictChoiceProps = {
  conflict: Conflict;
  other: string;
  choice: Side | undefined;
  onChoose: (side: Side) => void;
};

/** One item both people changed: both texts side by side (stacked on a phone), pick one. */
export function ConflictChoice({ conflict, other, choice, onChoose }: ConflictChoiceProps) {
  const section = conflict.section === "woop" ? "WOOP prompts" : SECTION_LABELS[conflict.section];
  const name = `conflict-${conflictKey(conflict)}`;
  const sides: [Side, string, unknown][] = [
    ["mine", "Keep yours", conflict.mine],
    ["theirs", `Keep ${other}’s`, conflict.theirs],
  ];
  return (
    <fieldset className="rounded-lg border border-slate-200 p-3 sm:p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">{section}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {sides.map(([side, label, value]) => (
          <label
            key={side}
            className={cn(
              "flex cursor-pointer gap-3 rounded-md border p-3",
              choice === side
                ? "border-brand-700 bg-brand-50 ring-1 ring-brand-700"
                : "border-slate-200 bg-white",
            )}
          >
            <input
              type="radio"
              name={name}
              className="mt-1 size-4 accent-brand-700"
              checked={choice === side}
              onChange={() => onChoose(side)}
            />
            <span className="min-w-0 space-y-1">
              <span className="block font-medium text-slate-900">{label}</span>
              {value === null ? (
                <span className="block text-sm text-slate-600 italic">
                  {side === "mine" ? "You removed this item." : `${other} removed this item.`}
                </span>
              ) : (
                <ItemLines section={conflict.section} value={value} />
              )}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
