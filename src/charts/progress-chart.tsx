import { Group } from "@visx/group";
import { scaleLinear } from "@visx/scale";
import { Line, LinePath } from "@visx/shape";
import { ChartSvg } from "./chart-svg";
import { GRID, INK, MUTED, OTHERS } from "./palette";
import { fitText } from "./text";

/** One measurement: its day ("2026-12-03") and value. */
export interface ProgressPoint {
  on: string;
  value: number;
}

export interface ProgressChartProps {
  /** What is measured and its unit, e.g. "Tasks delegated" and "tasks a week". */
  what: string;
  unit: string;
  direction: "higher" | "lower";
  baseline: number;
  target: number;
  /** The days the line runs between: the baseline holds on the first, the target is due on the second. */
  startDate: string;
  dueDate: string;
  /** Oldest first. */
  measurements: ProgressPoint[];
  width: number;
  format?: (value: number) => string;
}

const FONT = 11;
const TOP = 24;
const PLOT = 150;
const BOTTOM = 48;
const TARGET = "#b45309";
const LINE = "#64748b";
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const plainNumber = (value: number) => String(Math.round(value * 100) / 100);

/** Days since 1970 of a "YYYY-MM-DD" day, with no time zone in the way. */
export function dayNumber(day: string): number {
  const [year = 1970, month = 1, date = 1] = day.split("-").map(Number);
  return Math.round(Date.UTC(year, month - 1, date) / 86_400_000);
}

/** "3 Dec 2026", or "3 Dec" where the year goes without saying. */
export function dayLabel(day: string, withYear = true): string {
  const [year, month = 1, date = 1] = day.split("-").map(Number);
  const short = `${date} ${MONTHS[month - 1] ?? ""}`;
  return withYear ? `${short} ${year}` : short;
}

/** The values the vertical axis must show, with some room above and below. */
function valueDomain(props: ProgressChartProps): [number, number] {
  const values = [props.baseline, props.target, ...props.measurements.map((m) => m.value)];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = (high - low || Math.abs(high) || 1) * 0.12;
  return [low - pad, high + pad];
}

/**
 * A goal's measurements over time against the straight line from the baseline on the start date
 * to the target on the due date. The target is marked where it falls due; the axis keeps higher
 * values up whichever direction is better, and the legend says which that is.
 */
export function ProgressChart(props: ProgressChartProps) {
  const { width, baseline, target, startDate, dueDate, measurements, direction } = props;
  const format = props.format ?? plainNumber;
  const left = Math.min(56, Math.max(40, Math.round(width * 0.1)));
  const right = width - 12;
  const lastDay = measurements.reduce(
    (last, m) => Math.max(last, dayNumber(m.on)),
    dayNumber(dueDate),
  );
  const firstDay = measurements.reduce(
    (first, m) => Math.min(first, dayNumber(m.on)),
    dayNumber(startDate),
  );
  const x = scaleLinear<number>({ domain: [firstDay, lastDay], range: [left, right] });
  const y = scaleLinear<number>({ domain: valueDomain(props), range: [TOP + PLOT, TOP] });
  const height = TOP + PLOT + BOTTOM;
  const points = measurements.map((m, i) => ({
    key: `${m.on}:${i}`,
    x: x(dayNumber(m.on)),
    y: y(m.value),
  }));
  const dueX = x(dayNumber(dueDate));
  return (
    <ChartSvg
      width={width}
      height={height}
      title={`${props.what} (${props.unit}) over time against the target line, ${direction} is better`}
      description={describeProgress(props, format)}
    >
      <g fontSize={FONT} fill={MUTED}>
        <text x={0} y={12}>
          {fitText(`${props.what} (${props.unit})`, width * 0.62, FONT)}
        </text>
        <text x={width} y={12} textAnchor="end">
          {direction === "higher" ? "Higher is better" : "Lower is better"}
        </text>
      </g>
      <ValueTicks values={[baseline, target]} y={y} left={left} right={right} format={format} />
      <Line from={{ x: left, y: TOP }} to={{ x: left, y: TOP + PLOT }} stroke={GRID} />
      <LinePath
        data={[
          { x: x(dayNumber(startDate)), y: y(baseline) },
          { x: dueX, y: y(target) },
        ]}
        x={(p) => p.x}
        y={(p) => p.y}
        stroke={LINE}
        strokeWidth={1.5}
        strokeDasharray="5 4"
      />
      <TargetMark x={dueX} y={y(target)} label={`Target ${format(target)}`} width={width} />
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
      <DayTicks startDate={startDate} dueDate={dueDate} x={x} left={left} right={right} />
      <Legend top={TOP + PLOT + 30} narrow={width < 420} />
    </ChartSvg>
  );
}

function describeProgress(props: ProgressChartProps, format: (value: number) => string): string {
  const line = `The line runs from ${format(props.baseline)} on ${dayLabel(props.startDate)} to the target of ${format(props.target)} on ${dayLabel(props.dueDate)}; ${props.direction} is better.`;
  if (props.measurements.length === 0) return `${line} No measurements yet.`;
  const list = props.measurements.map((m) => `${format(m.value)} on ${dayLabel(m.on)}`).join(", ");
  return `${line} Measurements: ${list}.`;
}

type Position = (value: number) => number;

function ValueTicks({
  values,
  y,
  left,
  right,
  format,
}: {
  values: number[];
  y: Position;
  left: number;
  right: number;
  format: (value: number) => string;
}) {
  return (
    <g fontSize={FONT} fill={MUTED}>
      {values.map((value) => (
        <Group key={value}>
          <Line
            from={{ x: left, y: y(value) }}
            to={{ x: right, y: y(value) }}
            stroke={GRID}
            strokeWidth={1}
          />
          <text x={left - 6} y={y(value) + 4} textAnchor="end">
            {fitText(format(value), left - 8, FONT)}
          </text>
        </Group>
      ))}
    </g>
  );
}

function TargetMark({
  x,
  y,
  label,
  width,
}: {
  x: number;
  y: number;
  label: string;
  width: number;
}) {
  const anchor = x > width - 90 ? "end" : "middle";
  return (
    <g>
      <Line from={{ x, y: TOP }} to={{ x, y: TOP + PLOT }} stroke={TARGET} strokeDasharray="2 3" />
      <rect
        x={x - 5}
        y={y - 5}
        width={10}
        height={10}
        fill={TARGET}
        transform={`rotate(45 ${x} ${y})`}
      />
      <text
        x={anchor === "end" ? x - 8 : x}
        y={y - 10 < TOP + 10 ? y + 20 : y - 10}
        fontSize={FONT}
        fontWeight="bold"
        fill={TARGET}
        textAnchor={anchor}
      >
        {label}
      </text>
    </g>
  );
}

function DayTicks({
  startDate,
  dueDate,
  x,
  left,
  right,
}: {
  startDate: string;
  dueDate: string;
  x: Position;
  left: number;
  right: number;
}) {
  const dueX = x(dayNumber(dueDate));
  const year = startDate.slice(0, 4) !== dueDate.slice(0, 4);
  return (
    <g fontSize={FONT} fill={MUTED}>
      <Line from={{ x: left, y: TOP + PLOT }} to={{ x: right, y: TOP + PLOT }} stroke={GRID} />
      <text x={left} y={TOP + PLOT + 15}>
        {dayLabel(startDate, year)}
      </text>
      <text x={dueX} y={TOP + PLOT + 15} textAnchor={dueX > right - 30 ? "end" : "middle"}>
        {dayLabel(dueDate, year)}
      </text>
    </g>
  );
}

function Legend({ top, narrow }: { top: number; narrow: boolean }) {
  const second = narrow ? 134 : 150;
  return (
    <Group top={top} fontSize={FONT} fill={INK}>
      <circle cx={5} cy={6} r={4} fill={OTHERS} />
      <text x={14} y={10}>
        Measurements
      </text>
      <Line
        from={{ x: second - 30, y: 6 }}
        to={{ x: second - 6, y: 6 }}
        stroke={LINE}
        strokeWidth={1.5}
        strokeDasharray="5 4"
      />
      <text x={second} y={10}>
        {narrow ? "Line to target" : "Line from baseline to target"}
      </text>
    </Group>
  );
}
