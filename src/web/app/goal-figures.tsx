import { formatNumber } from "../features/goals/components/numbers";

/** A goal's figures in a row of three (baseline, target, the last), each in the measure's unit. */
export function GoalFigures({
  unit,
  figures,
}: {
  unit: string | undefined;
  figures: [label: string, value: number | null | undefined][];
}) {
  const suffix = unit ? ` ${unit}` : "";
  return (
    <dl className="grid grid-cols-3 gap-2 text-sm">
      {figures.map(([label, value]) => (
        <div key={label} className="rounded-lg bg-slate-50 p-2">
          <dt className="text-slate-600">{label}</dt>
          <dd className="font-semibold text-slate-900">
            {value === null || value === undefined ? "—" : `${formatNumber(value)}${suffix}`}
          </dd>
        </div>
      ))}
    </dl>
  );
}
