import type { CoachChanges } from "../../../../contract/matching";
import { QueryState } from "../../../components/query-state";
import { formatDateTime } from "../../../lib/format-date";
import { useCoachChanges } from "../api/coach-changes";

type Change = CoachChanges["changes"][number];

const nameOf = (person: Change["from"], gone: string) => person?.name ?? gone;

/** The engagement's moves from coach to coach, newest first; the reason where the viewer may read it. */
export function CoachChangeList({
  changes,
  labelledBy,
}: {
  changes: Change[];
  labelledBy?: string;
}) {
  const newestFirst = [...changes].reverse();
  return (
    <ol aria-labelledby={labelledBy} className="space-y-3">
      {newestFirst.map((change) => (
        <li key={change.at} className="text-sm">
          <p className="font-medium text-slate-900">
            From {nameOf(change.from, "a former coach")} to {nameOf(change.to, "a former coach")}
          </p>
          <p className="mt-0.5 text-slate-600">
            Moved by {nameOf(change.by, "a former member")} ·{" "}
            <time dateTime={change.at}>{formatDateTime(change.at)}</time>
          </p>
          {change.reason ? <p className="mt-1 text-slate-700">Reason: {change.reason}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/**
 * The coach changes of an engagement under its history, for its coach, its client and the admin;
 * nothing when it never changed coach.
 */
export function EngagementCoachChanges({
  engagementId,
  enabled,
}: {
  engagementId: string;
  enabled: boolean;
}) {
  const changes = useCoachChanges(engagementId, enabled);
  if (!enabled || (changes.data && changes.data.changes.length === 0)) return null;
  return (
    <section
      aria-labelledby="coach-changes-heading"
      className="mt-6 border-t border-slate-200 pt-4"
    >
      <h3 id="coach-changes-heading" className="text-sm font-semibold text-slate-900">
        Coach changes
      </h3>
      <div className="mt-2">
        <QueryState query={changes} loading="Loading coach changes…">
          {(data: CoachChanges) => (
            <CoachChangeList changes={data.changes} labelledBy="coach-changes-heading" />
          )}
        </QueryState>
      </div>
    </section>
  );
}
