import type { ReactNode } from "react";
import type { CompetencyResult, FeedbackReport } from "../../../../domain/feedback/report-types";
import { competencyAnchor } from "../../../lib/anchors";
import { cn } from "../../../lib/cn";
import { formatDifference, formatMean, positionOnScale, scalePoints } from "./report-figures";

type Scale = FeedbackReport["scale"];

/**
 * Self against others for each competency, on the fixed axis of the rating scale: others (every
 * shown unit together) as a bar from the axis' start, self as a dark marker. Drawn in HTML and
 * hidden from screen readers, which get the same figures as a table.
 */
export function ReportCompetencyChart({ report }: { report: FeedbackReport }) {
  const { scale, competencies } = report;
  const points = scalePoints(scale);
  return (
    <div>
      <div className="sr-only">
        <table>
          <caption>
            Self and others for each competency, from {scale.min} ({scale.labels[0]}) to {scale.max}{" "}
            ({scale.labels.at(-1)})
          </caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">Others</th>
              <th scope="col">Self</th>
              <th scope="col">Self minus others</th>
            </tr>
          </thead>
          <tbody>
            {competencies.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                <td>{c.others === null ? "Not enough answers" : formatMean(c.others)}</td>
                <td>{c.self === null ? "No self-rating" : formatMean(c.self)}</td>
                <td>
                  {c.self === null || c.others === null
                    ? "Not known"
                    : formatDifference(c.self, c.others)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div aria-hidden="true" className="select-none">
        <Row
          label={null}
          track={
            <div className="relative h-5">
              {points.map((point) => (
                <span
                  key={point}
                  className="absolute -translate-x-1/2 text-xs leading-5 font-medium text-slate-600 tabular-nums"
                  style={{ left: `${positionOnScale(point, scale)}%` }}
                >
                  {point}
                </span>
              ))}
            </div>
          }
          values={
            <span className="grid grid-cols-2 gap-2 text-xs font-medium text-slate-600">
              <span>Others</span>
              <span>Self</span>
            </span>
          }
        />
        <div className="divide-y divide-slate-100 border-y border-slate-100">
          {competencies.map((competency) => (
            <Row
              key={competency.id}
              label={
                <a
                  href={`#${competencyAnchor(competency.id)}`}
                  tabIndex={-1}
                  className="text-sm font-medium text-slate-900 hover:underline"
                >
                  {competency.name}
                </a>
              }
              track={<Track competency={competency} scale={scale} />}
              values={
                <span className="grid grid-cols-2 gap-2 text-sm tabular-nums">
                  <span className="font-semibold text-slate-900">
                    {competency.others === null ? "–" : formatMean(competency.others)}
                  </span>
                  <span className="text-slate-700">
                    {competency.self === null ? "–" : formatMean(competency.self)}
                  </span>
                </span>
              }
            />
          ))}
        </div>
        <Row
          label={null}
          track={
            <div className="flex justify-between pt-1 text-xs text-slate-600">
              <span>{scale.labels[0]}</span>
              <span>{scale.labels.at(-1)}</span>
            </div>
          }
          values={null}
        />
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-xs text-slate-700">
          <li className="flex items-center gap-2">
            <span className="h-3 w-6 rounded-full bg-brand-500" />
            Others: the mean of every shown group
          </li>
          {report.selfRated ? (
            <li className="flex items-center gap-2">
              <span className="h-4 w-1.5 rounded-sm bg-slate-900" />
              Self
            </li>
          ) : (
            <li>No self-rating</li>
          )}
        </ul>
      </div>
    </div>
  );
}

function Row({ label, track, values }: { label: ReactNode; track: ReactNode; values: ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_5rem] items-center gap-x-3 py-2 sm:grid-cols-[13rem_minmax(0,1fr)_5rem] sm:gap-x-4">
      <div className={cn("col-span-2 min-w-0 sm:col-span-1", label === null && "hidden sm:block")}>
        {label}
      </div>
      <div className="px-2">{track}</div>
      <div className="text-right">{values}</div>
    </div>
  );
}

function Track({ competency, scale }: { competency: CompetencyResult; scale: Scale }) {
  return (
    <div className="relative h-8">
      {scalePoints(scale).map((point) => (
        <div
          key={point}
          className="absolute inset-y-0 w-px bg-slate-200"
          style={{ left: `${positionOnScale(point, scale)}%` }}
        />
      ))}
      {competency.others === null ? (
        <div className="absolute inset-0 flex items-center justify-center text-xs text-slate-600 italic">
          Not enough answers
        </div>
      ) : (
        <div
          className="absolute top-1/2 left-0 h-3 -translate-y-1/2 rounded-r-full bg-brand-500"
          style={{ width: `${positionOnScale(competency.others, scale)}%` }}
        />
      )}
      {competency.self === null ? null : (
        <div
          className="absolute top-1/2 h-6 w-1.5 -translate-x-1/2 -translate-y-1/2 rounded-sm bg-slate-900 ring-2 ring-white"
          style={{ left: `${positionOnScale(competency.self, scale)}%` }}
        />
      )}
    </div>
  );
}
