import type { Engagement, StageChange } from "../../../lib/api-types";
import { formatDateTime } from "../../../lib/format-date";
import { stageLabel } from "../../../lib/stages";

/**
 * The engagement's stage changes, newest first, as a timeline that ends with its opening. When the
 * API's history has no opening entry, one is made from createdAt, the coach and the first stage.
 */
export function StageHistory({
  engagement,
  labelledBy,
}: {
  engagement: Engagement;
  labelledBy?: string;
}) {
  const newestFirst = withOpening(engagement).sort((a, b) => b.at.localeCompare(a.at));
  return (
    <ol aria-labelledby={labelledBy} className="relative space-y-5 border-l border-slate-200 pl-6">
      {newestFirst.map((change, index) => (
        <li key={`${change.at}-${change.to}`} className="relative">
          <span
            aria-hidden="true"
            className={
              index === 0
                ? "absolute top-1 -left-[31px] size-3.5 rounded-full border-2 border-white bg-teal-700 ring-2 ring-teal-100"
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
        </li>
      ))}
    </ol>
  );
}

function withOpening(engagement: Engagement): StageChange[] {
  const history = [...engagement.history];
  if (history.some((change) => change.from === null)) return history;
  const oldest = [...history].sort((a, b) => a.at.localeCompare(b.at))[0];
  history.push({
    from: null,
    to: oldest?.from ?? engagement.stage,
    at: engagement.createdAt,
    by: engagement.coach,
  });
  return history;
}
