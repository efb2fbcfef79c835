import { scaleLinear } from "@visx/scale";
import { Line, LinePath } from "@visx/shape";
import { ChartSvg } from "./chart-svg";
import { GRID, MUTED } from "./palette";
import { fitText } from "./text";

/** One reading of a series: a day ("2027-01-14") and a value on the chart's scale. */
export interface TrendPoint {
  on: string;
  value: number;
}

export interface TrendSeries {
  /** Tells the series apart when labels repeat. */
  id: string;
  label: string;
  /** Oldest first. */
  points: TrendPoint[];
}

export interface TrendChartProps {
  title: string;
  series: TrendSeries[];
  /** The fixed scale: a value's range and the values marked on the axis. */
  scale: { min: number; max: number; ticks: number[] };
  width: number;
  /** How a day is written under the axis and in the description. */
  dayLabel?: (day: string) => string;
}

/** One colour per series, distinct in print and for the common colour-vision differences. */
export const SERIES_COLOURS = ["#0d9488", "#1e293b", "#d97706", "#7c3aed", "#e11d48"];

const FONT = 11;
const TOP = 12;
const PLOT = 140;
const AXIS = 28;
const LEGEND_LINE = 18;
const DAY_MS = 86_400_000;

/**
 * Several series over time on one fixed scale (confidence 1 to 10 per goal, a behaviour's pulse
 * 1 to 5): days spaced as the calendar spaces them, so a missed week shows as a gap in time,
 * each series in its own colour with its label in a legend under the plot. A series with no
 * reading is named in the legend and the description only.
 */
export function TrendChart({ title, series, scale, width, dayLabel = (d) => d }: TrendChartProps) {
  const left = 28;
  const right = width - 12;
  const days = series.flatMap((s) => s.points.map((p) => dayNumber(p.on)));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const x = scaleLinear<number>({
    domain: days.length === 0 ? [0, 1] : [first, Math.max(last, first + 1)],
    range: first === last ? [(left + right) / 2, right] : [left, right],
  });
  const y = scaleLinear<number>({ domain: [scale.min, scale.max], range: [TOP + PLOT, TOP] });
  const legendTop = TOP + PLOT + AXIS;
  const height = legendTop + series.length * LEGEND_LINE;
  const edgeLabel = (day: number) => dayLabel(new Date(day * DAY_MS).toISOString().slice(0, 10));
  return (
    <ChartSvg
      width={width}
      height={height}
      title={title}
      description={describeTrends(series, dayLabel)}
    >
      <g fontSize={FONT} fill={MUTED}>
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <Line from={{ x: left, y: y(tick) }} to={{ x: right, y: y(tick) }} stroke={GRID} />
            <text x={left - 6} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {days.length > 0 ? (
          <text x={left} y={TOP + PLOT + 18}>
            {fitText(edgeLabel(first), (right - left) / 2 - 4, FONT)}
          </text>
        ) : null}
        {days.length > 0 && last > first ? (
          <text x={right} y={TOP + PLOT + 18} textAnchor="end">
            {fitText(edgeLabel(last), (right - left) / 2 - 4, FONT)}
          </text>
        ) : null}
      </g>
      {series.map((s, index) => {
        const colour = SERIES_COLOURS[index % SERIES_COLOURS.length];
        const points = s.points.map((p) => ({ x: x(dayNumber(p.on)), y: y(p.value), on: p.on }));
        return (
          <g key={s.id}>
            {points.length > 1 ? (
              <LinePath
                data={points}
                x={(p) => p.x}
                y={(p) => p.y}
                stroke={colour}
                strokeWidth={2.5}
              />
            ) : null}
            {points.map((p) => (
              <circle
                key={p.on}
                cx={p.x}
                cy={p.y}
                r={3.5}
                fill={colour}
                stroke="#ffffff"
                strokeWidth={1.5}
              />
            ))}
            <g transform={`translate(${left}, ${legendTop + index * LEGEND_LINE})`}>
              <Line from={{ x: 0, y: 6 }} to={{ x: 16, y: 6 }} stroke={colour} strokeWidth={2.5} />
              <text x={22} y={10} fontSize={FONT} fill={MUTED}>
                {fitText(s.label, right - left - 22, FONT)}
              </text>
            </g>
          </g>
        );
      })}
    </ChartSvg>
  );
}

export function describeTrends(series: TrendSeries[], dayLabel: (day: string) => string): string {
  if (series.every((s) => s.points.length === 0)) return "Nothing to show yet.";
  return series
    .map((s) =>
      s.points.length === 0
        ? `${s.label}: nothing yet.`
        : `${s.label}, oldest first: ${s.points.map((p) => `${formatValue(p.value)} on ${dayLabel(p.on)}`).join(", ")}.`,
    )
    .join(" ");
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}
