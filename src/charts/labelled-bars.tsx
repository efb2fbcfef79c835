import { scaleLinear } from "@visx/scale";
import { Bar, Line } from "@visx/shape";
import { ChartSvg } from "./chart-svg";
import { GRID, INK, MUTED, OTHERS, TRACK } from "./palette";
import { fitText } from "./text";

// Horizontal bars with their label above each, for figures of groups: a share of a whole (how
// many of a cohort have started) or a signed change drawn from a zero line (a competency's mean
// change). Rows are drawn at the width given, so labels keep their size on a phone.

const ROW = 40;
const BAR = 14;
const FONT = 11;

export interface ShareRow {
  label: string;
  value: number;
  total: number;
}

/** Each row's value as a share of its total: a filled part of a track, with "value of total". */
export function ShareBars({
  rows,
  width,
  title,
}: {
  rows: readonly ShareRow[];
  width: number;
  title: string;
}) {
  const x = scaleLinear<number>({ domain: [0, 1], range: [0, width] });
  return (
    <ChartSvg
      width={width}
      height={rows.length * ROW}
      title={title}
      description={rows.map((r) => `${r.label}: ${r.value} of ${r.total}`).join("; ")}
    >
      {rows.map((row, i) => {
        const top = i * ROW;
        const share = row.total > 0 ? row.value / row.total : 0;
        const figure = `${row.value} of ${row.total}`;
        return (
          <g key={row.label} transform={`translate(0, ${top})`}>
            <text x={0} y={FONT + 2} fontSize={FONT} fill={INK}>
              {fitText(row.label, width - figure.length * FONT * 0.6 - 8, FONT)}
            </text>
            <text x={width} y={FONT + 2} fontSize={FONT} fill={MUTED} textAnchor="end">
              {figure}
            </text>
            <Bar x={0} y={18} width={width} height={BAR} fill={TRACK} rx={3} />
            <Bar x={0} y={18} width={x(share)} height={BAR} fill={OTHERS} rx={3} />
          </g>
        );
      })}
    </ChartSvg>
  );
}

export interface ChangeRow {
  label: string;
  value: number;
  /** Where the true value likely lies (a 95% interval), drawn as a line across the bar. */
  interval?: { low: number; high: number };
}

/** Each row's signed value as a bar from a zero line, every row to the same scale. */
export function ChangeBars({
  rows,
  width,
  title,
  format = (value: number) => (value > 0 ? `+${value.toFixed(2)}` : value.toFixed(2)),
}: {
  rows: readonly ChangeRow[];
  width: number;
  title: string;
  format?: (value: number) => string;
}) {
  // From zero to the farthest value each way: all rises start at the left edge, not mid-chart.
  const reach = rows.flatMap((r) => [r.value, r.interval?.low ?? 0, r.interval?.high ?? 0]);
  const low = Math.min(0, ...reach);
  const high = Math.max(0, ...reach);
  const x = scaleLinear<number>({
    domain: high - low < 0.1 ? [low, low + 0.1] : [low, high],
    range: [0, width],
  });
  const zero = x(0);
  return (
    <ChartSvg
      width={width}
      height={rows.length * ROW}
      title={title}
      description={rows
        .map(
          (r) =>
            `${r.label}: ${format(r.value)}${r.interval ? ` (95% interval ${format(r.interval.low)} to ${format(r.interval.high)})` : ""}`,
        )
        .join("; ")}
    >
      {rows.map((row, i) => {
        const top = i * ROW;
        const end = x(row.value);
        const figure = format(row.value);
        return (
          <g key={row.label} transform={`translate(0, ${top})`}>
            <text x={0} y={FONT + 2} fontSize={FONT} fill={INK}>
              {fitText(row.label, width - figure.length * FONT * 0.6 - 8, FONT)}
            </text>
            <text x={width} y={FONT + 2} fontSize={FONT} fill={MUTED} textAnchor="end">
              {figure}
            </text>
            {/* The zero line beside each bar only: across the labels it would strike them out. */}
            <Line from={{ x: zero, y: 16 }} to={{ x: zero, y: ROW - 4 }} stroke={GRID} />
            <Bar
              x={Math.min(zero, end)}
              y={18}
              width={Math.max(1, Math.abs(end - zero))}
              height={BAR}
              fill={row.value >= 0 ? OTHERS : MUTED}
              rx={2}
            />
            {row.interval ? <Whisker from={x(row.interval.low)} to={x(row.interval.high)} /> : null}
          </g>
        );
      })}
    </ChartSvg>
  );
}

/** An interval across a bar: a line with a tick at each end. */
function Whisker({ from, to }: { from: number; to: number }) {
  const middle = 18 + BAR / 2;
  return (
    <g stroke={INK} strokeWidth={1.5}>
      <Line from={{ x: from, y: middle }} to={{ x: to, y: middle }} />
      <Line from={{ x: from, y: middle - 5 }} to={{ x: from, y: middle + 5 }} />
      <Line from={{ x: to, y: middle - 5 }} to={{ x: to, y: middle + 5 }} />
    </g>
  );
}
