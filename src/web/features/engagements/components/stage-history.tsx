import type { StageChange } from "../../../../contract/engagements";
import { formatDateTime } from "../../../lib/format-date";
import { stageLabel } from "../../../lib/stages";

/**
 * The engagement's stage changes, newest first, as a timeline that ends with its opening (the
 * API records it at creation as a change from no stage).
 */
export function StageHistory({
  history,
  labelledBy,
}: {
  history: StageChange[];
  labelledBy?: string;
}) {
  // The API lists changes oldest first; reversing before the (stable) sort keeps two changes made
  // in the same millisecond in their recorded order.
  const newestFirst = [...history].reverse().sort((a, b) => b.at.localeCompare(a.at));
  return (
    <ol aria-labelledby={labelledBy} className="relative space-y-5 border-l border-slate-200 pl-6">
      {newestFirst.map((change, index) => (
        <li key={`${change.at}-${change.to}`} className="relative">
          <span
            aria-hidden="true"
            className={
              index === 0
                ? "absolute top-1 -left-[31px] size-3.5 rounded-full border-2 border-white bg-brand-700 ring-2 ring-brand-100"
                : "absolute top-1 -left-[30px] size-3 rounded-full border-2 border-white bg-slate-300"
            }
          />
          <p className="text-sm font-medium text-slate-900">
            {change.from === null
              ? `Opened in ${stageLabel(change.to)}`
              : `Moved from ${stageLabel(change.from)} to ${stageLabel(change.to)}`}
          </p>
          <p className="mt-0.5 text-sm text-slate-600">
            {change.by.name} · <time dateTime={change.at}>{formatDateTime(change.at)}</time>
          </p>
          {change.reason ? (
            <p className="mt-1 text-sm text-slate-700">Reason: {change.reason}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
