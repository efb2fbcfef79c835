import { ScaleLegend } from "../../../../charts/scale-legend";
import { SpreadBar } from "../../../../charts/spread-bar";
import type {
  Cell,
  CompetencyResult,
  FeedbackReport,
  ItemResult,
} from "../../../../domain/feedback/report-types";
import { ChartFrame } from "../../../components/chart-frame";
import { Badge } from "../../../components/ui/badge";
import { competencyAnchor } from "../../../lib/anchors";
import { cn } from "../../../lib/cn";
import { formatMean, tooFew } from "./report-figures";

type Scale = FeedbackReport["scale"];

/**
 * Behaviour by behaviour, a part per competency (#competency-<id>): the mean of others and self,
 * and how others' answers spread over the scale, so a split view shows as such.
 */
export function ReportSpread({ report, target }: { report: FeedbackReport; target: string }) {
  return (
    <div className="space-y-8">
      <div aria-hidden="true">
        <ChartFrame minHeight={20}>
          {(width) => <ScaleLegend scale={report.scale} width={width} />}
        </ChartFrame>
      </div>
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
            {item.others ? <ItemSpread cell={item.others} scale={report.scale} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Others' answers to one behaviour: the spread bar the PDF draws too (src/charts). */
function ItemSpread({ cell, scale }: { cell: Cell; scale: Scale }) {
  return (
    <div className="self-center">
      <ChartFrame minHeight={24}>
        {(width) => (
          <SpreadBar
            distribution={{ counts: cell.distribution, notObserved: cell.notObserved }}
            scale={scale}
            width={width}
          />
        )}
      </ChartFrame>
    </div>
  );
}
