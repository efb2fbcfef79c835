import type {
  Cell,
  CompetencyResult,
  FeedbackReport,
  ItemResult,
} from "../../../../domain/feedback/report-types";
import { Badge } from "../../../components/ui/badge";
import { competencyAnchor } from "../../../lib/anchors";
import { cn } from "../../../lib/cn";
import { distributionSegments, distributionText, formatMean, tooFew } from "./report-figures";

type Scale = FeedbackReport["scale"];

/** One colour per point of the scale, low to high; dark text reads on each. */
const SEGMENT_COLOURS = [
  "bg-rose-400",
  "bg-rose-200",
  "bg-slate-200",
  "bg-brand-200",
  "bg-brand-400",
];

/**
 * Behaviour by behaviour, a part per competency (#competency-<id>): the mean of others and self,
 * and how others' answers spread over the scale, so a split view shows as such.
 */
export function ReportSpread({ report, target }: { report: FeedbackReport; target: string }) {
  return (
    <div className="space-y-8">
      <SpreadLegend scale={report.scale} />
      {report.competencies.map((competency) => (
        <CompetencyItems
          key={competency.id}
          competency={competency}
          items={report.items.filter((item) => item.competencyId === competency.id)}
          report={report}
          targeted={target === competencyAnchor(competency.id)}
        />
      ))}
    </div>
  );
}

function CompetencyItems({
  competency,
  items,
  report,
  targeted,
}: {
  competency: CompetencyResult;
  items: ItemResult[];
  report: FeedbackReport;
  targeted: boolean;
}) {
  const anchor = competencyAnchor(competency.id);
  return (
    <section
      id={anchor}
      tabIndex={-1}
      aria-labelledby={`${anchor}-heading`}
      className={cn(
        "scroll-mt-24 rounded-lg outline-none",
        targeted && "ring-2 ring-brand-600 ring-offset-4",
      )}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-slate-200 pb-2">
        <h3 id={`${anchor}-heading`} className="font-semibold text-slate-900">
          {competency.name}
        </h3>
        <p className="text-sm text-slate-700 tabular-nums">
          Others {competency.others === null ? "–" : formatMean(competency.others)} · Self{" "}
          {competency.self === null ? "–" : formatMean(competency.self)}
        </p>
      </div>
      <p className="mt-2 text-sm text-slate-600">{competency.description}</p>
      <ul className="mt-3 divide-y divide-slate-100">
        {items.map((item) => (
          <li
            key={item.id}
            className="grid gap-x-6 gap-y-2 py-3 md:grid-cols-[minmax(0,1fr)_minmax(0,18rem)]"
          >
            <div className="min-w-0">
              <p className="text-sm text-slate-900">{item.text}</p>
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700 tabular-nums">
                {item.others ? (
                  <span>
                    Others <span className="font-semibold">{formatMean(item.others.mean)}</span> (
                    {item.others.n} {item.others.n === 1 ? "answer" : "answers"})
                  </span>
                ) : (
                  <span className="italic">Others: {tooFew(report.threshold).toLowerCase()}</span>
                )}
                <span>Self {item.self === null ? "–" : formatMean(item.self)}</span>
                {item.split ? <Badge tone="warning">Split view</Badge> : null}
              </p>
            </div>
            {item.others ? <SpreadBar cell={item.others} scale={report.scale} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Others' answers to one behaviour, as a bar split by the point of the scale they chose. */
function SpreadBar({ cell, scale }: { cell: Cell; scale: Scale }) {
  const segments = distributionSegments(cell, scale);
  return (
    <div className="self-center">
      <p className="sr-only">Answers: {distributionText(cell, scale)}</p>
      <div aria-hidden="true" className="flex h-6 overflow-hidden rounded-md bg-slate-100">
        {segments.map((segment, i) =>
          segment.count === 0 ? null : (
            <div
              key={segment.value}
              className={cn(
                "flex items-center justify-center border-r border-white text-xs font-medium text-slate-950 last:border-r-0",
                SEGMENT_COLOURS[i],
              )}
              style={{ width: `${segment.percent}%` }}
              title={`${segment.label}: ${segment.count}`}
            >
              {segment.percent >= 10 ? segment.count : null}
            </div>
          ),
        )}
      </div>
      {cell.notObserved > 0 ? (
        <p aria-hidden="true" className="mt-1 text-xs text-slate-600">
          Not observed: {cell.notObserved}
        </p>
      ) : null}
    </div>
  );
}

function SpreadLegend({ scale }: { scale: Scale }) {
  return (
    <ul aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-2 text-xs text-slate-700">
      {scale.labels.map((label, i) => (
        <li key={label} className="flex items-center gap-1.5">
          <span className={cn("size-3 rounded-sm", SEGMENT_COLOURS[i])} />
          {scale.min + i} {label}
        </li>
      ))}
    </ul>
  );
}
