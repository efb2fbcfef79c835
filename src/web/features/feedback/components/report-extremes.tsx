import type { FeedbackReport, ItemHighlight } from "../../../../domain/feedback/report-types";
import { formatMean } from "./report-figures";
import { ReportTableFrame } from "./report-section";

/** The highest and the lowest rated behaviour in each shown unit. */
export function ReportExtremes({ report }: { report: FeedbackReport }) {
  return (
    <ReportTableFrame label="Highest and lowest rated by group">
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <caption className="sr-only">The highest and lowest rated behaviour of each group</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left">
            <th scope="col" className="py-2 pr-4 font-medium text-slate-700">
              Group
            </th>
            <th scope="col" className="px-3 py-2 font-medium text-slate-700">
              Highest rated
            </th>
            <th scope="col" className="px-3 py-2 font-medium text-slate-700">
              Lowest rated
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {report.extremesByUnit.map((unit) => (
            <tr key={unit.unitId}>
              <th scope="row" className="py-2 pr-4 text-left font-medium text-slate-900">
                {unit.label}
              </th>
              <Extreme item={unit.highest} />
              <Extreme item={unit.lowest} />
            </tr>
          ))}
        </tbody>
      </table>
    </ReportTableFrame>
  );
}

function Extreme({ item }: { item: ItemHighlight | null }) {
  if (!item) return <td className="px-3 py-2 text-xs text-slate-600 italic">Not enough answers</td>;
  return (
    <td className="px-3 py-2">
      <span className="text-slate-900">{item.text}</span>
      <span className="mt-0.5 block text-xs text-slate-600 tabular-nums">
        {item.competency} · {formatMean(item.others)}
      </span>
    </td>
  );
}
