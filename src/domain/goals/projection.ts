import { type Day, dayNumber } from "./dates";
import type { Measurement } from "./goal-status";

export interface Trend {
  /** Change of the measure per day, by least squares over the measurements given. */
  perDay: number;
  /** The fitted value on `day`. */
  valueOn: (day: Day) => number;
}

/**
 * The straight line that best fits the measurements (least squares over their days), or null
 * when they span fewer than two distinct days. Pass the last few measurements for the recent
 * trend, all of them for the whole one.
 */
export function fitTrend(measurements: Measurement[]): Trend | null {
  const points = measurements.map((m) => ({ x: dayNumber(m.date), y: m.value }));
  if (new Set(points.map((p) => p.x)).size < 2) return null;
  const meanX = mean(points.map((p) => p.x));
  const meanY = mean(points.map((p) => p.y));
  let covariance = 0;
  let variance = 0;
  for (const { x, y } of points) {
    covariance += (x - meanX) * (y - meanY);
    variance += (x - meanX) ** 2;
  }
  const perDay = covariance / variance;
  return { perDay, valueOn: (day) => meanY + perDay * (dayNumber(day) - meanX) };
}

/** Where the trend of the measurements would put the measure on the due date, if it holds. */
export function projectedOn(measurements: Measurement[], day: Day): number | null {
  return fitTrend(measurements)?.valueOn(day) ?? null;
}

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
