import { TrendChart } from "../../../../charts/trend-chart";
import type { PulseTrend as Trend } from "../../../../contract/pulses";
import { ChartFrame } from "../../../components/chart-frame";
import { formatDate } from "../../../lib/format-date";
import { trendSeries } from "./trend-series";

const SCALE = { min: 1, max: 5, ticks: [1, 3, 5] };

/**
 * The trend per behaviour over the closed rounds, and each shown round's feedforward. A round
 * fewer than k answered says only that; a behaviour fewer than k rated has no point that round.
 */
export function PulseTrend({ trend }: { trend: Trend }) {
  if (trend.rounds.length === 0)
    return <p className="text-sm text-slate-600">No pulse has closed yet.</p>;
  const series = trendSeries(trend);
  const drawn = series.some((s) => s.points.length > 0);
  return (
    <div className="space-y-4">
      {drawn ? (
        <figure className="space-y-2">
          <figcaption className="text-sm font-medium text-slate-900">
            How stakeholders rate each behaviour, 1 to 5, pulse by pulse
          </figcaption>
          <ChartFrame minHeight={180 + series.length * 18}>
            {(width) => (
              <TrendChart
                title="Stakeholders' mean rating of each behaviour, 1 to 5, per pulse"
                series={series}
                scale={SCALE}
                width={width}
                dayLabel={formatDate}
              />
            )}
          </ChartFrame>
        </figure>
      ) : null}
      <ol className="space-y-3">
        {[...trend.rounds].reverse().map((round) => (
          <li key={round.id} className="rounded-lg border border-slate-200 p-3 text-sm">
            <p className="font-medium text-slate-900">Pulse closed {formatDate(round.closedOn)}</p>
            {round.shown ? (
              <>
                <p className="text-slate-600">{round.responses} stakeholders answered.</p>
                {round.feedforward.length > 0 ? (
                  <>
                    <h4 className="mt-2 font-medium text-slate-800">Suggestions for the future</h4>
                    <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-800">
                      {round.feedforward.map((text, index) => (
                        // The texts are sorted and may repeat: their place is their key.
                        // biome-ignore lint/suspicious/noArrayIndexKey: no other identity
                        <li key={index}>{text}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </>
            ) : (
              <p className="text-slate-600">
                Fewer than {trend.threshold} answered, so nothing of this pulse is shown: no one's
                answers can be told apart.
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
