import type { PlanComparison } from "../../../../../contract/goals";
import { type PlanSection, SECTION_LABELS } from "../../../../../domain/goals/action-plan";
import { QueryState } from "../../../../components/query-state";
import { cn } from "../../../../lib/cn";
import { usePlanComparison } from "../../../goals/api/plan-compare";
import { ItemLines } from "./item-view";

type Row = PlanComparison["sections"][number]["rows"][number];

const MARKS = {
  added: { word: "Added", box: "border-emerald-300 bg-emerald-50" },
  removed: { word: "Removed", box: "border-red-300 bg-red-50" },
  changed: { word: "Changed", box: "border-amber-300 bg-amber-50" },
  unchanged: { word: "Unchanged", box: "border-slate-200 bg-slate-50" },
} as const;

/** Two versions side by side (stacked on a phone), what was added, removed and changed marked. */
export function PlanComparisonView({
  goalId,
  versions,
}: {
  goalId: string;
  versions: { from: number; to: number };
}) {
  const query = usePlanComparison(goalId, versions);
  return (
    <QueryState query={query} loading="Comparing the versions…">
      {(comparison) => <Comparison comparison={comparison} />}
    </QueryState>
  );
}

function Comparison({ comparison }: { comparison: PlanComparison }) {
  const { from, to } = comparison;
  const sections = [
    ...comparison.sections,
    ...(comparison.woop ? [{ section: "woop" as const, rows: [comparison.woop] }] : []),
  ].filter((s) => s.rows.length > 0);
  const changes = sections.flatMap((s) => s.rows).filter((r) => r.change !== "unchanged").length;
  return (
    <section aria-labelledby="plan-comparison-heading" className="space-y-4">
      <h3 id="plan-comparison-heading" className="text-base font-semibold text-slate-900">
        Version {from} and version {to} side by side
      </h3>
      <p className="text-sm text-slate-700">
        {changes === 0
          ? "Nothing changed between these versions."
          : `${changes} ${changes === 1 ? "item" : "items"} added, removed or changed.`}
      </p>
      <div
        className="hidden grid-cols-2 gap-3 text-sm font-semibold text-slate-700 sm:grid"
        aria-hidden="true"
      >
        <span>Version {from}</span>
        <span>Version {to}</span>
      </div>
      {sections.map(({ section, rows }) => (
        <div key={section} className="space-y-2">
          <h4 className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
            {section === "woop" ? "WOOP" : SECTION_LABELS[section]}
          </h4>
          <ul className="space-y-2">
            {rows.map((row) => (
              <ComparisonRow key={row.id} section={section} row={row} from={from} to={to} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function ComparisonRow({
  section,
  row,
  from,
  to,
}: {
  section: PlanSection | "woop";
  row: Row;
  from: number;
  to: number;
}) {
  const mark = MARKS[row.change];
  return (
    <li className={cn("rounded-lg border p-3", mark.box)} aria-label={`${mark.word} item`}>
      {row.change !== "unchanged" ? (
        <span className="mb-2 inline-block rounded bg-white/80 px-1.5 py-0.5 text-xs font-semibold text-slate-800 ring-1 ring-slate-300">
          {mark.word}
        </span>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Side label={`Version ${from}`} section={section} value={row.before} changed={row.fields} />
        <Side label={`Version ${to}`} section={section} value={row.after} changed={row.fields} />
      </div>
    </li>
  );
}

function Side({
  label,
  section,
  value,
  changed,
}: {
  label: string;
  section: PlanSection | "woop";
  value: unknown;
  changed: string[] | undefined;
}) {
  return (
    <div className="min-w-0">
      <p className="mb-1 text-xs font-semibold text-slate-600 sm:sr-only">{label}</p>
      {value === undefined ? (
        <p className="text-sm text-slate-500 italic">Not in this version</p>
      ) : (
        <ItemLines section={section} value={value} changed={changed} />
      )}
    </div>
  );
}
