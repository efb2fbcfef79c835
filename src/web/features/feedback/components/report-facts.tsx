import type { ReactNode } from "react";
import type { FeedbackReport } from "../../../../domain/feedback/report-types";
import { formatDate } from "../../../lib/format-date";

/**
 * The facts a reader needs before the figures: the model, how many responses each shown unit rests
 * on, the threshold, what was withheld and why, and that a released report never changes.
 */
export function ReportFacts({
  report,
  releasedAt,
}: {
  report: FeedbackReport;
  releasedAt: string | null;
}) {
  const withheld = report.withheldResponses;
  return (
    <dl className="grid gap-x-8 gap-y-4 text-sm sm:grid-cols-2">
      <Fact term="Competency model">{report.modelName}</Fact>
      <Fact term="Responses in the report">
        <p>
          {report.responses} {report.responses === 1 ? "response" : "responses"}
          {report.selfRated ? ", and a self-rating" : "; no self-rating"}
        </p>
        {report.units.length > 0 ? (
          <ul className="mt-1 text-slate-700">
            {report.units.map((unit) => (
              <li key={unit.id}>
                {unit.label}: {unit.responses}
              </li>
            ))}
          </ul>
        ) : null}
      </Fact>
      <Fact term={`Anonymity: k = ${report.threshold}`}>
        <p>{report.rules.threshold}</p>
        <p className="mt-1 text-slate-700">{report.rules.merging}</p>
      </Fact>
      <Fact term="Withheld">
        {withheld > 0 ? (
          <p>
            {withheld} {withheld === 1 ? "response is" : "responses are"} in no figure of this
            report: {withheld === 1 ? "its group was" : "their groups were"} too small to show, even
            combined with others.
          </p>
        ) : (
          <p>None: every response is in the report.</p>
        )}
      </Fact>
      {report.lateRaters ? (
        <Fact term="Raters added late">
          <p>{report.lateRaters.note}</p>
        </Fact>
      ) : null}
      <Fact term="This report">
        {releasedAt
          ? `Released on ${formatDate(releasedAt)}. It never changes once released.`
          : "Once released, it never changes: answers can no longer be added or edited."}
      </Fact>
    </dl>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="font-medium text-slate-900">{term}</dt>
      <dd className="mt-1 text-slate-800">{children}</dd>
    </div>
  );
}
