import { scaleLinear } from "@visx/scale";
import { Bar, Line } from "@visx/shape";
import { ChartSvg } from "./chart-svg";
import { GRID, INK, MUTED, OTHERS } from "./palette";

export interface ChangeInterval {
  difference: number;
  low: number;
  high: number;
  /** Whether the interval leaves out zero: a reliable change. */
  reliable: boolean;
}

const HEIGHT = 34;
const AXIS_Y = 14;
const FONT = 10;

/**
 * A difference and its 95% interval on an axis centred on no change. The interval is drawn in the
 * brand colour when it leaves out zero (a reliable change) and grey when it crosses zero (noise
 * could give it). `extent` is the largest distance from zero the axis shows, so that every row of
 * a table is drawn to the same scale.
 */
export function ChangeIntervalBar({
  change,
  extent,
  width,
  format = (value: number) => value.toFixed(2),
}: {
  change: ChangeInterval;
  extent: number;
  width: number;
  format?: (value: number) => string;
}) {
  const reach = Math.max(extent, Math.abs(change.low), Math.abs(change.high), 1e-9);
  const x = scaleLinear<number>({ domain: [-reach, reach], range: [4, Math.max(8, width - 4)] });
  const colour = change.reliable ? OTHERS : MUTED;
  const left = x(change.low);
  const right = x(change.high);
  return (
    <ChartSvg
      width={width}
      height={HEIGHT}
      title="The difference and its 95% interval"
      description={intervalText(change, format)}
    >
      <Line from={{ x: 4, y: AXIS_Y }} to={{ x: width - 4, y: AXIS_Y }} stroke={GRID} />
      <Line
        from={{ x: x(0), y: 2 }}
        to={{ x: x(0), y: AXIS_Y + 10 }}
        stroke={INK}
        strokeWidth={1}
      />
      <Bar
        x={left}
        y={AXIS_Y - 3}
        width={Math.max(1, right - left)}
        height={6}
        rx={3}
        fill={colour}
        opacity={change.reliable ? 1 : 0.6}
      />
      <circle cx={x(change.difference)} cy={AXIS_Y} r={5} fill={colour} stroke="#ffffff" />
      <text x={x(0)} y={HEIGHT - 1} fontSize={FONT} fill={MUTED} textAnchor="middle">
        0
      </text>
    </ChartSvg>
  );
}

/** "Difference +0.40, 95% interval 0.01 to 0.79: a reliable change". */
export function intervalText(change: ChangeInterval, format: (value: number) => string): string {
  const signed = (value: number) => (value < 0 ? `−${format(-value)}` : format(value));
  const sign = change.difference > 0 ? "+" : "";
  return `Difference ${sign}${signed(change.difference)}, 95% interval ${signed(change.low)} to ${signed(change.high)}: ${change.reliable ? "a reliable change" : "no reliable change, the interval crosses zero"}`;
}
