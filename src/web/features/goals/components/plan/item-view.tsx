import type { PlanSection } from "../../../../../domain/goals/action-plan";
import { cn } from "../../../../lib/cn";
import { itemLines, lineChanged } from "./item-lines";

type ItemLinesProps = {
  section: PlanSection | "woop";
  value: unknown;
  /** Changed fields to mark ("ifThen.action"), in a comparison. */
  changed?: string[] | undefined;
};

/** An item as labelled lines; changed ones marked with a highlight and the word "changed". */
export function ItemLines({ section, value, changed }: ItemLinesProps) {
  return (
    <dl className="space-y-1 text-sm">
      {itemLines(section, value).map((line) => {
        const isChanged = lineChanged(line, changed);
        return (
          <div key={line.label} className={cn(isChanged && "rounded bg-amber-100 px-1.5 py-0.5")}>
            <dt className="inline text-slate-600">
              {line.label}
              {isChanged ? " (changed)" : ""}:{" "}
            </dt>
            <dd className="inline break-words text-slate-900">{line.text}</dd>
          </div>
        );
      })}
    </dl>
  );
}
