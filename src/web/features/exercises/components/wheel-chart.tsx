import type { Wheel } from "../../../../domain/exercise/wheel";
import { cn } from "../../../lib/cn";

const RADIUS = 100;
const LABEL_RADIUS = 118;
const LINE_LENGTH = 15;

/**
 * A wheel of ratings as a radar chart: one spoke per area, the rating as the distance from the
 * centre. Drawn by hand in SVG (no chart library to load). The drawing is decoration for sighted
 * readers; the same numbers are in the table beside it (or, with `table={false}`, right next to
 * it on the page).
 *
 * With `anchorOf`, each area's row in the table has that id and can take focus, so a link can
 * lead to it; the row whose id is `target` is outlined, and its spoke stands out in the drawing.
 */
export function WheelChart({
  wheel,
  table = true,
  caption,
  anchorOf,
  target = "",
  className,
}: {
  wheel: Wheel;
  table?: boolean;
  caption?: string;
  anchorOf?: (questionId: string) => string;
  target?: string;
  className?: string;
}) {
  const { min, max, spokes } = wheel;
  const count = spokes.length;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / count;
  const at = (i: number, r: number) => [r * Math.cos(angle(i)), r * Math.sin(angle(i))] as const;
  const scaled = (score: number) => ((score - min) / (max - min)) * (RADIUS - 12) + 12;
  const rings = ringValues(min, max);
  const points = spokes.map((spoke, i) =>
    spoke.score === null ? null : at(i, scaled(spoke.score)),
  );
  const complete = points.every((p) => p !== null);
  const isTarget = (questionId: string) =>
    anchorOf !== undefined && target !== "" && anchorOf(questionId) === target;

  return (
    <div
      className={cn(
        "grid items-center gap-6",
        table && "md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]",
        className,
      )}
    >
      <svg
        viewBox="-235 -165 470 330"
        aria-hidden="true"
        className="mx-auto w-full max-w-md overflow-visible"
      >
        {rings.map((value) => (
          <polygon
            key={value}
            points={spokes.map((_, i) => at(i, scaled(value)).join(",")).join(" ")}
            className="fill-none stroke-slate-200"
            strokeWidth={1}
          />
        ))}
        {spokes.map((spoke, i) => {
          const [x, y] = at(i, RADIUS);
          return (
            <line key={spoke.questionId} x1={0} y1={0} x2={x} y2={y} className="stroke-slate-200" />
          );
        })}
        {rings.map((value) => {
          const [x, y] = at(0, scaled(value));
          return (
            <text
              key={value}
              x={x + 4}
              y={y + 4}
              className="fill-slate-500 text-[10px] tabular-nums"
            >
              {value}
            </text>
          );
        })}
        {complete ? (
          <polygon
            points={points.map((p) => p?.join(",")).join(" ")}
            className="fill-brand-500/25 stroke-brand-700"
            strokeWidth={2}
            strokeLinejoin="round"
          />
        ) : null}
        {points.map((p, i) => {
          const questionId = spokes[i]?.questionId ?? "";
          const targeted = isTarget(questionId);
          return p ? (
            <circle
              key={questionId}
              cx={p[0]}
              cy={p[1]}
              r={targeted ? 7 : 4}
              className={cn("stroke-white", targeted ? "fill-brand-900" : "fill-brand-700")}
              strokeWidth={targeted ? 2.5 : 1.5}
            />
          ) : null;
        })}
        {spokes.map((spoke, i) => {
          const [x, y] = at(i, LABEL_RADIUS);
          const cos = Math.cos(angle(i));
          const anchor = Math.abs(cos) < 0.3 ? "middle" : cos > 0 ? "start" : "end";
          const lines = wrap(spoke.area, LINE_LENGTH);
          const sin = Math.sin(angle(i));
          // Labels above the wheel grow upwards, those below grow downwards.
          const firstDy =
            sin < -0.3
              ? -(lines.length - 1) * 14
              : sin > 0.3
                ? 8
                : -((lines.length - 1) * 14) / 2 + 4;
          return (
            <text
              key={spoke.questionId}
              x={x}
              y={y + firstDy}
              textAnchor={anchor}
              className={cn(
                "text-[13px]",
                isTarget(spoke.questionId)
                  ? "fill-brand-900 font-bold"
                  : "fill-slate-800 font-medium",
              )}
            >
              {lines.map((line, n) => (
                <tspan key={line} x={x} dy={n === 0 ? 0 : 14}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </svg>
      {table ? (
        <table className="w-full text-sm">
          {caption ? <caption className="sr-only">{caption}</caption> : null}
          <thead className="sr-only">
            <tr>
              <th scope="col">Area</th>
              <th scope="col">
                Rating, {min} to {max}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {spokes.map((spoke) => (
              <tr
                key={spoke.questionId}
                id={anchorOf?.(spoke.questionId)}
                tabIndex={anchorOf ? -1 : undefined}
                className={cn(
                  "scroll-mt-24 outline-none",
                  isTarget(spoke.questionId) &&
                    "bg-brand-50 outline-2 -outline-offset-2 outline-brand-600 outline-solid",
                )}
              >
                <th scope="row" className="py-2 pr-3 pl-2 text-left font-normal text-slate-700">
                  {spoke.area}
                </th>
                <td className="py-2 pr-2 text-right font-semibold whitespace-nowrap text-slate-900 tabular-nums">
                  {spoke.score ?? "–"}
                  <span className="font-normal text-slate-600"> / {max}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

/** A few rings: on 1 to 10, at 2, 4, 6, 8 and 10. */
function ringValues(min: number, max: number): number[] {
  const span = max - min;
  const step = span > 6 ? 2 : 1;
  const rings: number[] = [];
  for (let value = max; value > min; value -= step) rings.unshift(value);
  return rings;
}

/** Splits a label into lines of about `length` characters, at spaces. */
function wrap(text: string, length: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= length)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
