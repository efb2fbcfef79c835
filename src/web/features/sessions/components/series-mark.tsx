import { Repeat } from "lucide-react";

/** Marks a session as one of a series, with the series' rule in words. */
export function SeriesMark({ rule }: { rule: string }) {
  return (
    <span className="inline-flex items-start gap-1.5 text-slate-700">
      <Repeat className="mt-0.5 size-4 shrink-0 text-slate-500" aria-hidden="true" />
      <span>
        Part of a series: {rule.charAt(0).toLowerCase()}
        {rule.slice(1)}
      </span>
    </span>
  );
}
