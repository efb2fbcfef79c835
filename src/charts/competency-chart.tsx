import { Group } from "@visx/group";
import { scaleLinear } from "@visx/scale";
import { Bar, Line } from "@visx/shape";
import { ChartSvg } from "./chart-svg";
import { GRID, INK, MUTED, OTHERS, SELF, TRACK } from "./palette";
import { oneDecimal, type RatingScale, scalePoints } from "./rating-scale";
import { fitText, wrapText } from "./text";

export interface CompetencyRow {
  id: string;
  label: string;
  /** The mean of others, or null when too few answered to show it. */
  others: number | null;
  self: number | null;
  /** Where the label leads on a page (the row's detail); a PDF gives none. */
  href?: string;
}

const FONT = 12;
const LINE = 14;
const HEADER = 22;
const TRACK_HEIGHT = 24;
const BAR_HEIGHT = 12;
const VALUES = 100;
const INSET = 8;

/** Where the rows' labels go: beside their tracks where there is room, above them on a phone. */
interface Layout {
  labelWidth: number;
  row: number;
  trackTop: number;
}

function layoutFor(width: number): Layout {
  if (width >= 480)
    return { labelWidth: Math.min(190, Math.round(width * 0.34)), row: 36, trackTop: 6 };
  return { labelWidth: 0, row: 50, trackTop: 20 };
}

/**
 * Self against others for each row, on the fixed axis of the rating scale: others as a bar from
 * the axis' start, self as a dark marker, the figures at the right. At a phone's width each
 * row's label sits above its track, so the track keeps its length.
 */
export function CompetencyChart({
  rows,
  scale,
  width,
  selfRated,
  format = oneDecimal,
}: {
  rows: CompetencyRow[];
  scale: RatingScale;
  width: number;
  selfRated: boolean;
  format?: (value: number) => string;
}) {
  const layout = layoutFor(width);
  const trackStart = layout.labelWidth + INSET;
  const trackEnd = width - VALUES - INSET;
  const x = scaleLinear<number>({ domain: [scale.min, scale.max], range: [trackStart, trackEnd] });
  const legendLines = width >= 460 ? 1 : 2;
  const height = HEADER + rows.length * layout.row + 24 + legendLines * 20;
  return (
    <ChartSvg
      width={width}
      height={height}
      title={`Self and others for each competency, from ${scale.min} (${scale.labels[0]}) to ${scale.max} (${scale.labels.at(-1)})`}
      description={rows.map((row) => rowDescription(row, format)).join("; ")}
    >
      <Header scale={scale} x={x} width={width} />
      {rows.map((row, i) => (
        <Group key={row.id} top={HEADER + i * layout.row}>
          <CompetencyTrack
            row={row}
            scale={scale}
            x={x}
            width={width}
            layout={layout}
            format={format}
          />
        </Group>
      ))}
      <Group top={HEADER + rows.length * layout.row}>
        <text x={trackStart} y={14} fontSize={FONT - 1} fill={MUTED}>
          {scale.labels[0]}
        </text>
        <text x={trackEnd} y={14} fontSize={FONT - 1} fill={MUTED} textAnchor="end">
          {scale.labels.at(-1)}
        </text>
        <Legend top={24} lines={legendLines} selfRated={selfRated} />
      </Group>
    </ChartSvg>
  );
}

function rowDescription(row: CompetencyRow, format: (value: number) => string): string {
  const others = row.others === null ? "not enough answers" : format(row.others);
  const self = row.self === null ? "no self-rating" : format(row.self);
  return `${row.label}: others ${others}, self ${self}`;
}

type Position = (value: number) => number;

function Header({ scale, x, width }: { scale: RatingScale; x: Position; width: number }) {
  return (
    <g fontSize={FONT - 1} fill={MUTED}>
      {scalePoints(scale).map((point) => (
        <text key={point} x={x(point)} y={14} textAnchor="middle">
          {point}
        </text>
      ))}
      <text x={width - VALUES / 2 - 2} y={14} textAnchor="end">
        Others
      </text>
      <text x={width} y={14} textAnchor="end">
        Self
      </text>
    </g>
  );
}

function CompetencyTrack({
  row,
  scale,
  x,
  width,
  layout,
  format,
}: {
  row: CompetencyRow;
  scale: RatingScale;
  x: Position;
  width: number;
  layout: Layout;
  format: (value: number) => string;
}) {
  const top = layout.trackTop;
  const middle = top + TRACK_HEIGHT / 2;
  const start = x(scale.min);
  const end = x(scale.max);
  return (
    <>
      {row.href ? (
        // A pointer's shortcut only: the chart is one image to a screen reader and to the keyboard.
        <a href={row.href} tabIndex={-1}>
          <RowLabel label={row.label} layout={layout} width={width} middle={middle} />
        </a>
      ) : (
        <RowLabel label={row.label} layout={layout} width={width} middle={middle} />
      )}
      <Bar x={start} y={top} width={end - start} height={TRACK_HEIGHT} fill={TRACK} />
      {scalePoints(scale).map((point) => (
        <Line
          key={point}
          from={{ x: x(point), y: top }}
          to={{ x: x(point), y: top + TRACK_HEIGHT }}
          stroke={GRID}
          strokeWidth={1}
        />
      ))}
      {row.others === null ? (
        <text
          x={(start + end) / 2}
          y={middle + 4}
          fontSize={FONT - 1}
          fill={MUTED}
          textAnchor="middle"
        >
          Not enough answers
        </text>
      ) : (
        <Bar
          x={start}
          y={middle - BAR_HEIGHT / 2}
          width={Math.max(0, x(row.others) - start)}
          height={BAR_HEIGHT}
          fill={OTHERS}
        />
      )}
      {row.self === null ? null : (
        <Bar
          x={x(row.self) - 3}
          y={top}
          width={6}
          height={TRACK_HEIGHT}
          fill={SELF}
          stroke="#ffffff"
          strokeWidth={1.5}
        />
      )}
      <g fontSize={FONT} fill={INK}>
        <text x={width - VALUES / 2 - 2} y={middle + 4} textAnchor="end" fontWeight="bold">
          {row.others === null ? "–" : format(row.others)}
        </text>
        <text x={width} y={middle + 4} textAnchor="end">
          {row.self === null ? "–" : format(row.self)}
        </text>
      </g>
    </>
  );
}

/** Above the track on a phone; beside it elsewhere, on two lines when it needs them. */
function RowLabel({
  label,
  layout,
  width,
  middle,
}: {
  label: string;
  layout: Layout;
  width: number;
  middle: number;
}) {
  if (layout.labelWidth === 0)
    return (
      <text x={0} y={13} fontSize={FONT} fontWeight="bold" fill={INK}>
        {fitText(label, width, FONT)}
      </text>
    );
  const lines = wrapText(label, layout.labelWidth - 8, FONT);
  const first = middle + 4 - ((lines.length - 1) * LINE) / 2;
  return (
    <text fontSize={FONT} fontWeight="bold" fill={INK}>
      {lines.map((line, i) => (
        <tspan key={line} x={0} y={first + i * LINE}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function Legend({ top, lines, selfRated }: { top: number; lines: number; selfRated: boolean }) {
  const second = lines === 1 ? { x: 290, y: 0 } : { x: 0, y: 20 };
  return (
    <Group top={top} fontSize={FONT - 1} fill={INK}>
      <Bar x={0} y={4} width={22} height={10} fill={OTHERS} />
      <text x={30} y={13}>
        Others: the mean of every shown group
      </text>
      <Group left={second.x} top={second.y}>
        {selfRated ? (
          <>
            <Bar x={8} y={0} width={6} height={18} fill={SELF} />
            <text x={30} y={13}>
              Self
            </text>
          </>
        ) : (
          <text x={0} y={13}>
            No self-rating
          </text>
        )}
      </Group>
    </Group>
  );
}
