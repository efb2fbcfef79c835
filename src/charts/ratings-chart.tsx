import { scaleLinear } from "@visx/scale";
import { Line, LinePath } from "@visx/shape";
import { ChartSvg } from "./chart-svg";
import { GRID, MUTED, OTHERS } from "./palette";
import { fitText } from "./text";

/** One session's rating by the client, 1 to 10, and the day it was held ("2027-01-14"). */
export interface RatingPoint {
  on: string;
  rating: number;
}

export interface RatingsChartProps {
  /** Oldest first. */
  ratings: RatingPoint[];
  width: number;
  /** How a day is written under the axis and in the description. */
  dayLabel?: (day: string) => string;
}

const FONT = 11;
const TOP = 12;
const PLOT = 140;
const BOTTOM = 28;
const TICKS = [1, 5, 10];

/**
 * How valuable the client found each session, one point per session in the order held (evenly
 * spaced, so a long gap does not squeeze the rest), on the fixed 1 to 10 scale.
 */
export function RatingsChart({ ratings, width, dayLabel = (day) => day }: RatingsChartProps) {
  const left = 28;
  const right = width - 12;
  const x = scaleLinear<number>({
    domain: [0, Math.max(1, ratings.length - 1)],
    range: ratings.length === 1 ? [(left + right) / 2, right] : [left, right],
  });
  const y = scaleLinear<number>({ domain: [1, 10], range: [TOP + PLOT, TOP] });
  const points = ratings.map((r, i) => ({ key: `${r.on}:${i}`, x: x(i), y: y(r.rating) }));
  const first = ratings[0];
  const last = ratings[ratings.length - 1];
  return (
    <ChartSvg
      width={width}
      height={TOP + PLOT + BOTTOM}
      title="How valuable each session was, rated 1 to 10 by the client"
      description={describeRatings(ratings, dayLabel)}
    >
      <g fontSize={FONT} fill={MUTED}>
        {TICKS.map((tick) => (
          <g key={tick}>
            <Line from={{ x: left, y: y(tick) }} to={{ x: right, y: y(tick) }} stroke={GRID} />
            <text x={left - 6} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {first ? (
          <text x={left} y={TOP + PLOT + 18}>
            {fitText(dayLabel(first.on), (right - left) / 2 - 4, FONT)}
          </text>
        ) : null}
        {last && ratings.length > 1 ? (
          <text x={right} y={TOP + PLOT + 18} textAnchor="end">
            {fitText(dayLabel(last.on), (right - left) / 2 - 4, FONT)}
          </text>
        ) : null}
      </g>
      {points.length > 1 ? (
        <LinePath data={points} x={(p) => p.x} y={(p) => p.y} stroke={OTHERS} strokeWidth={2.5} />
      ) : null}
      {points.map((p) => (
        <circle
          key={p.key}
          cx={p.x}
          cy={p.y}
          r={4}
          fill={OTHERS}
          stroke="#ffffff"
          strokeWidth={1.5}
        />
      ))}
    </ChartSvg>
  );
}

export function describeRatings(ratings: RatingPoint[], dayLabel: (day: string) => string): string {
  if (ratings.length === 0) return "No session has been rated yet.";
  const list = ratings.map((r) => `${r.rating} on ${dayLabel(r.on)}`).join(", ");
  return `Ratings out of 10, oldest first: ${list}.`;
}
