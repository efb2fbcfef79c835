import type { ItemHighlight } from "../../../../domain/feedback/report-types";
import { competencyAnchor } from "../../../lib/anchors";
import { differenceText, formatMean } from "./report-figures";

/** Which way a gap between self and others goes, for blind spots and hidden strengths. */
type GapWay = "self-higher" | "others-higher";

/**
 * Items picked out by a rule (strengths, development areas, blind spots, hidden strengths), each
 * with the figures that put it there, and the rule printed under its heading when it has its own.
 */
export function ReportHighlights({
  title,
  rule,
  items,
  empty,
  gap,
}: {
  title: string;
  rule?: string;
  items: ItemHighlight[];
  empty: string;
  gap?: GapWay;
}) {
  return (
    <div className="min-w-0">
      <h3 className="font-semibold text-slate-900">{title}</h3>
      {rule ? <p className="mt-1 text-sm text-slate-600">{rule}</p> : null}
      {items.length === 0 ? (
        <p className="mt-3 rounded-lg bg-slate-50 px-4 py-3 text-sm text-slate-700">{empty}</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {items.map((item) => (
            <li key={item.itemId} className="rounded-lg border border-slate-200 px-4 py-3">
              <p className="text-sm font-medium text-slate-900">{item.text}</p>
              <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
                <a
                  href={`#${competencyAnchor(item.competencyId)}`}
                  className="text-brand-800 underline-offset-2 hover:underline"
                >
                  {item.competency}
                </a>
                <span className="tabular-nums">Others {formatMean(item.others)}</span>
                <span className="tabular-nums">
                  Self {item.self === null ? "–" : formatMean(item.self)}
                </span>
                {gap && item.self !== null ? (
                  <span className="font-medium tabular-nums">
                    {differenceText(item.self, item.others)}
                  </span>
                ) : null}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
