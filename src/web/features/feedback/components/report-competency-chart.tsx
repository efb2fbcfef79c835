import { CompetencyChart } from "../../../../charts/competency-chart";
import type { FeedbackReport } from "../../../../domain/feedback/report-types";
import { ChartFrame } from "../../../components/chart-frame";
import { competencyAnchor } from "../../../lib/anchors";
import { formatDifference, formatMean } from "./report-figures";

/**
 * Self against others for each competency: the chart the PDF draws too (src/charts), hidden from
 * screen readers, which get the same figures as a table with the difference of each.
 */
export function ReportCompetencyChart({ report }: { report: FeedbackReport }) {
  const { scale, competencies } = report;
  return (
    <div>
      <div className="sr-only">
        <table>
          <caption>
            Self and others for each competency, from {scale.min} ({scale.labels[0]}) to {scale.max}{" "}
            ({scale.labels.at(-1)})
          </caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">Others</th>
              <th scope="col">Self</th>
              <th scope="col">Self minus others</th>
            </tr>
          </thead>
          <tbody>
            {competencies.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                <td>{c.others === null ? "Not enough answers" : formatMean(c.others)}</td>
                <td>{c.self === null ? "No self-rating" : formatMean(c.self)}</td>
                <td>
                  {c.self === null || c.others === null
                    ? "Not known"
                    : formatDifference(c.self, c.others)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div aria-hidden="true" className="select-none">
        <ChartFrame minHeight={report.competencies.length * 50 + 90}>
          {(width) => (
            <CompetencyChart
              rows={competencies.map((c) => ({
                id: c.id,
                label: c.name,
                others: c.others,
                self: c.self,
                href: `#${competencyAnchor(c.id)}`,
              }))}
              scale={scale}
              width={width}
              selfRated={report.selfRated}
              format={formatMean}
            />
          )}
        </ChartFrame>
      </div>
    </div>
  );
}
