import type { FeedbackReport } from "../../../../domain/feedback/report-types";
import { formatMean, tooFew } from "./report-figures";
import { ReportTableFrame } from "./report-section";

/** The first column stays in view while the table scrolls sideways on a phone. */
const STUCK = "sticky left-0 z-10 bg-white";

/**
 * Each competency by reporting unit: a group shown on its own, or groups merged to reach the
 * threshold. A blank cell says why it is blank: the unit has too few answers there to show.
 */
export function ReportUnitTable({ report }: { report: FeedbackReport }) {
  const { units, competencies } = report;
  return (
    <ReportTableFrame label="Competencies by group">
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <caption className="sr-only">
          The mean rating of each competency, by group, from {report.scale.min} to{" "}
          {report.scale.max}
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-left align-bottom">
            <th scope="col" className={`${STUCK} py-2 pr-4 font-medium text-slate-700`}>
              Competency
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium text-slate-700">
              Self
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold text-slate-900">
              All others
              <span className="block text-xs font-normal text-slate-600">
                {report.responses} {report.responses === 1 ? "response" : "responses"}
              </span>
            </th>
            {units.map((unit) => (
              <th
                key={unit.id}
                scope="col"
                className="px-3 py-2 text-right font-medium text-slate-700"
              >
                {unit.label}
                <span className="block text-xs font-normal text-slate-600">
                  {unit.responses} {unit.responses === 1 ? "response" : "responses"}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {competencies.map((competency) => (
            <tr key={competency.id}>
              <th scope="row" className={`${STUCK} py-2 pr-4 text-left font-medium text-slate-900`}>
                {competency.name}
              </th>
              <td className="px-3 py-2 text-right text-slate-700 tabular-nums">
                {competency.self === null ? "–" : formatMean(competency.self)}
              </td>
              <Mean value={competency.others} threshold={report.threshold} strong />
              {units.map((unit) => (
                <Mean
                  key={unit.id}
                  value={competency.byUnit[unit.id] ?? null}
                  threshold={unit.threshold}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ReportTableFrame>
  );
}

function Mean({
  value,
  threshold,
  strong = false,
}: {
  value: number | null;
  threshold: number;
  strong?: boolean;
}) {
  if (value === null) {
    return (
      <td className="px-3 py-2 text-right text-xs text-slate-600 italic">{tooFew(threshold)}</td>
    );
  }
  return (
    <td
      className={
        strong
          ? "px-3 py-2 text-right font-semibold text-slate-900 tabular-nums"
          : "px-3 py-2 text-right text-slate-800 tabular-nums"
      }
    >
      {formatMean(value)}
    </td>
  );
}
