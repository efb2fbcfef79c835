import { ChangeIntervalBar } from "../../../../charts/change-interval";
import type { ChangeReport, ChangeRow } from "../../../../contract/change-report";
import { ChartFrame } from "../../../components/chart-frame";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";

// "Change since the start": a table per 360 competency and per questionnaire, each row with
// baseline, now, the difference's 95% interval drawn as a bar, the verdict in words and what the
// figure rests on. On a phone each row becomes a block of its own.

export const changePath = (engagementId: string) => `/engagements/${engagementId}/change`;

const two = (value: number | null) => (value === null ? "—" : value.toFixed(2));
const signed = (value: number) =>
  `${value > 0 ? "+" : value < 0 ? "−" : ""}${Math.abs(value).toFixed(2)}`;

const VERDICTS = {
  reliably_higher: "Reliably higher",
  reliably_lower: "Reliably lower",
  no_reliable_change: "No reliable change",
} as const;

export function ChangeSections({ report }: { report: ChangeReport }) {
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>What “reliable change” means</CardTitle>
        </CardHeader>
        <CardContent>
          <p className="text-sm text-slate-800">{report.explanation}</p>
        </CardContent>
      </Card>
      <Card>
        <section aria-labelledby="change-360-heading">
          <CardHeader>
            <div>
              <CardTitle id="change-360-heading">360 feedback</CardTitle>
              <CardDescription>
                {report.feedback
                  ? `Each competency from the first round (${report.feedback.baseline.responses} responses) to the repeat (${report.feedback.repeat.responses}), for each group shown in both reports and for all others. Only figures both reports show are compared.${report.feedback.sameRaters ? " The same raters were asked both times." : " The raters differ between the rounds, which makes every comparison weaker."}`
                  : report.feedbackMissing}
              </CardDescription>
            </div>
          </CardHeader>
          {report.feedback ? (
            <CardContent className="space-y-8">
              {report.feedback.competencies.map((competency) => (
                <ChangeTable
                  key={competency.competencyId}
                  caption={competency.name}
                  rows={competency.rows}
                  firstColumn="Raters"
                />
              ))}
            </CardContent>
          ) : null}
        </section>
      </Card>
      <Card>
        <section aria-labelledby="change-personality-heading">
          <CardHeader>
            <div>
              <CardTitle id="change-personality-heading">Questionnaires</CardTitle>
              <CardDescription>
                {report.personality.length > 0
                  ? "Each scale from the first submitted response to the latest of the same questionnaire."
                  : "No questionnaire has been submitted twice yet: change appears once one is."}
              </CardDescription>
            </div>
          </CardHeader>
          {report.personality.length > 0 ? (
            <CardContent className="space-y-8">
              {report.personality.map((set) => (
                <ChangeTable
                  key={set.instrumentId}
                  caption={set.instrumentName}
                  rows={set.scales}
                  firstColumn="Scale"
                />
              ))}
            </CardContent>
          ) : null}
        </section>
      </Card>
    </div>
  );
}

function ChangeTable({
  caption,
  rows,
  firstColumn,
}: {
  caption: string;
  rows: ChangeRow[];
  firstColumn: string;
}) {
  const extent = Math.max(
    0.5,
    ...rows.flatMap((r) =>
      r.change ? [Math.abs(r.change.interval.low), Math.abs(r.change.interval.high)] : [],
    ),
  );
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-2 text-left text-base font-semibold text-slate-900">{caption}</caption>
      <thead className="sr-only md:not-sr-only">
        <tr className="border-b border-slate-200 text-left text-slate-600">
          <th scope="col" className="py-2 pr-3 font-medium">
            {firstColumn}
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            Baseline
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            Now
          </th>
          <th scope="col" className="w-2/5 py-2 pr-3 font-medium">
            Difference and 95% interval
          </th>
          <th scope="col" className="py-2 font-medium">
            What it rests on
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.id}
            className="grid grid-cols-2 gap-x-3 gap-y-1 border-b border-slate-100 py-3 md:table-row md:py-0"
          >
            <th
              scope="row"
              className="col-span-2 text-left font-semibold text-slate-900 md:py-3 md:pr-3 md:align-top"
            >
              {row.label}
            </th>
            <td className="md:py-3 md:pr-3 md:align-top">
              <span className="text-slate-600 md:sr-only">Baseline </span>
              {two(row.baseline)}
            </td>
            <td className="md:py-3 md:pr-3 md:align-top">
              <span className="text-slate-600 md:sr-only">Now </span>
              {two(row.now)}
            </td>
            <td className="col-span-2 md:py-3 md:pr-3 md:align-top">
              {row.change ? (
                <div className="space-y-1">
                  <p className="font-medium text-slate-900">
                    {VERDICTS[row.change.verdict]}: {signed(row.change.difference)}
                    <span className="font-normal text-slate-600">
                      {" "}
                      (95% interval {signed(row.change.interval.low)} to{" "}
                      {signed(row.change.interval.high)})
                    </span>
                  </p>
                  <ChartFrame minHeight={34}>
                    {(width) => (
                      <ChangeIntervalBar
                        width={width}
                        extent={extent}
                        change={{
                          difference: row.change?.difference ?? 0,
                          low: row.change?.interval.low ?? 0,
                          high: row.change?.interval.high ?? 0,
                          reliable: row.change?.verdict !== "no_reliable_change",
                        }}
                      />
                    )}
                  </ChartFrame>
                </div>
              ) : (
                <p className="text-slate-700">{row.notComparedBecause}</p>
              )}
            </td>
            <td className="col-span-2 text-xs text-slate-600 md:py-3 md:align-top">
              <p>
                SD {two(row.sd)}: {row.sdSource}.
              </p>
              <p>
                Reliability {two(row.reliability)}: {row.reliabilitySource}.
              </p>
              {row.caveat ? <p className="font-medium text-amber-800">{row.caveat}</p> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
