import type { ReactNode } from "react";
import type { ScaleResult } from "../../../../contract/assessments";
import { cn } from "../../../lib/cn";
import { axisTicks, formatScore, positionOnAxis, type ScoreRange } from "./score-reading";

type ProfileChartProps = {
  scales: ScaleResult[];
  range: ScoreRange;
  /** Names the chart for screen readers: the caption of its table. */
  caption: string;
  /** "your" practice for the client, "this" practice for the coach. */
  whose: "your" | "this";
  className?: string;
};

/**
 * Each scale on the response scale's axis (1 to 5): the score as a dot and, where the practice
 * has enough responses for it, the likely range (95%) as a bar behind it. The middle of the axis
 * is shaded: scores there read as balanced. The drawing is hidden from screen readers, which get
 * the same numbers as a table.
 */
export function ProfileChart({ scales, range, caption, whose, className }: ProfileChartProps) {
  const ticks = axisTicks(range);
  const hasBands = scales.some((scale) => scale.band);
  // A column nobody has a value in is left out: the profile says once what would fill it.
  const hasPercentiles = scales.some((scale) => scale.percentile !== null);
  return (
    <div className={className}>
      {/* sr-only on the wrapper: a table ignores the 1px width it would get itself. */}
      <div className="sr-only">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Scale</th>
              <th scope="col">
                Score ({range.min} to {range.max})
              </th>
              {hasBands ? <th scope="col">Likely range (95%)</th> : null}
              {hasPercentiles ? <th scope="col">Compared with {whose} practice</th> : null}
            </tr>
          </thead>
          <tbody>
            {scales.map((scale) => (
              <tr key={scale.scaleId}>
                <th scope="row">{scale.name}</th>
                <td>{scale.score === null ? "No score" : formatScore(scale.score)}</td>
                {hasBands ? (
                  <td>
                    {scale.band
                      ? `${formatScore(scale.band.low)} to ${formatScore(scale.band.high)}`
                      : "None"}
                  </td>
                ) : null}
                {hasPercentiles ? (
                  <td>
                    {scale.percentile === null
                      ? "None"
                      : `Higher than about ${Math.round(scale.percentile)}%`}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div aria-hidden="true" className="select-none">
        <ChartRow
          label={null}
          track={
            <div className="relative h-5">
              {ticks.map((tick) => (
                <span
                  key={tick}
                  className="absolute -translate-x-1/2 text-xs leading-5 font-medium text-slate-600 tabular-nums"
                  style={{ left: `${positionOnAxis(tick, range)}%` }}
                >
                  {tick}
                </span>
              ))}
            </div>
          }
          value={<span className="text-xs font-medium text-slate-600">Score</span>}
        />
        <div className="divide-y divide-slate-100 border-y border-slate-100">
          {scales.map((scale) => (
            <ChartRow
              key={scale.scaleId}
              label={<span className="text-sm font-medium text-slate-900">{scale.name}</span>}
              track={<Track scale={scale} range={range} ticks={ticks} />}
              value={
                scale.score === null ? (
                  <span className="text-sm text-slate-600">–</span>
                ) : (
                  <span className="text-sm font-semibold text-slate-900 tabular-nums">
                    {formatScore(scale.score)}
                  </span>
                )
              }
            />
          ))}
        </div>
        <ChartRow
          label={null}
          track={
            <div className="flex justify-between pt-1 text-xs text-slate-600">
              <span>Lower</span>
              <span>Higher</span>
            </div>
          }
          value={null}
        />
        <Legend hasBands={hasBands} whose={whose} />
      </div>
    </div>
  );
}

/**
 * One line of the chart: on a phone the name above its track; from sm the name, the track and
 * the score side by side. The track has room at both ends for a dot at the lowest or highest
 * score.
 */
function ChartRow({
  label,
  track,
  value,
}: {
  label: ReactNode;
  track: ReactNode;
  value: ReactNode;
}) {
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_2.5rem] items-center gap-x-3 py-1.5 sm:grid-cols-[13rem_minmax(0,1fr)_2.5rem] sm:gap-x-4">
      <div className={cn("col-span-2 min-w-0 sm:col-span-1", label === null && "hidden sm:block")}>
        {label}
      </div>
      <div className="px-2">{track}</div>
      <div className="text-right">{value}</div>
    </div>
  );
}

function Track({
  scale,
  range,
  ticks,
}: {
  scale: ScaleResult;
  range: ScoreRange;
  ticks: number[];
}) {
  const middleFrom = positionOnAxis(range.min + (range.max - range.min) * 0.375, range);
  const middleTo = positionOnAxis(range.min + (range.max - range.min) * 0.625, range);
  return (
    <div className="relative h-8">
      <div
        className="absolute inset-y-0 bg-slate-100"
        style={{ left: `${middleFrom}%`, width: `${middleTo - middleFrom}%` }}
      />
      {ticks.map((tick) => (
        <div
          key={tick}
          className="absolute inset-y-0 w-px bg-slate-200"
          style={{ left: `${positionOnAxis(tick, range)}%` }}
        />
      ))}
      {scale.band ? (
        <div
          className="absolute top-1/2 h-3 -translate-y-1/2 rounded-full bg-brand-200"
          style={{
            left: `${positionOnAxis(scale.band.low, range)}%`,
            width: `${positionOnAxis(scale.band.high, range) - positionOnAxis(scale.band.low, range)}%`,
          }}
        />
      ) : null}
      {scale.score === null ? (
        <div className="absolute inset-0 flex items-center justify-center text-xs text-slate-600 italic">
          No score
        </div>
      ) : (
        <div
          className="absolute top-1/2 size-4 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-brand-700 shadow"
          style={{ left: `${positionOnAxis(scale.score, range)}%` }}
        />
      )}
    </div>
  );
}

function Legend({ hasBands, whose }: { hasBands: boolean; whose: "your" | "this" }) {
  return (
    <div className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-xs text-slate-600">
      <span className="inline-flex items-center gap-1.5">
        <span className="size-3 rounded-full border-2 border-white bg-brand-700 shadow" />
        {whose === "your" ? "Your score" : "Score"}
      </span>
      {hasBands ? (
        <span className="inline-flex items-center gap-1.5">
          <span className="h-2.5 w-6 rounded-full bg-brand-200" />
          Likely range (95%)
        </span>
      ) : null}
      <span className="inline-flex items-center gap-1.5">
        <span className="h-3 w-6 border-x border-slate-200 bg-slate-100" />
        Middle of the scale
      </span>
    </div>
  );
}
