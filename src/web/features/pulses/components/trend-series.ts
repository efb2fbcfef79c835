import type { TrendSeries } from "../../../../charts/trend-chart";
import type { PulseTrend } from "../../../../contract/pulses";

/** Each behaviour's mean per round that shows it: nothing is drawn for a round or cell under k. */
export function trendSeries(trend: PulseTrend): TrendSeries[] {
  return trend.behaviours.map((behaviour) => ({
    id: behaviour.id,
    label: behaviour.text,
    points: behaviour.points.flatMap((point) =>
      point.mean === null ? [] : [{ on: point.closedOn, value: point.mean }],
    ),
  }));
}
