import { TrendChart } from "../../../../charts/trend-chart";
import type { CheckIn } from "../../../../contract/check-ins";
import { ChartFrame } from "../../../components/chart-frame";
import { formatDate } from "../../../lib/format-date";
import { confidenceSeries } from "./confidence-series";

const SCALE = { min: 1, max: 10, ticks: [1, 5, 10] };

/** Each goal's confidence, 1 to 10, week by week: drawn once there are two check-ins to join. */
export function ConfidenceOverTime({ checkIns }: { checkIns: readonly CheckIn[] }) {
  if (checkIns.length < 2) return null;
  const series = confidenceSeries(checkIns);
  if (series.length === 0) return null;
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-medium text-slate-900">
        Confidence in each goal, week by week
      </figcaption>
      <ChartFrame minHeight={180 + series.length * 18}>
        {(width) => (
          <TrendChart
            title="Confidence in each goal, 1 to 10, from the weekly check-ins"
            series={series}
            scale={SCALE}
            width={width}
            dayLabel={formatDate}
          />
        )}
      </ChartFrame>
    </figure>
  );
}
