import type { SustainCheckInView, SustainItemInput } from "../../../../contract/sustain";
import { Badge, type BadgeTone } from "../../../components/ui/badge";
import { formatDate } from "../../../lib/format-date";

const STATUS: Record<SustainCheckInView["status"], { label: string; tone: BadgeTone }> = {
  answered: { label: "Answered", tone: "success" },
  waiting: { label: "Waiting for an answer", tone: "info" },
  missed: { label: "Missed", tone: "warning" },
  skipped: { label: "Not sent", tone: "neutral" },
};

/** The self check-ins so far, newest first, each item's rating beside its name. */
export function SelfCheckInHistory({
  checkIns,
  items,
}: {
  checkIns: SustainCheckInView[];
  items: SustainItemInput[];
}) {
  const titleOf = new Map(items.map((item) => [item.id, item.title]));
  return (
    <section aria-labelledby="self-check-ins-heading" className="space-y-3">
      <h3 id="self-check-ins-heading" className="text-sm font-semibold text-slate-900">
        Self check-ins
      </h3>
      <ol className="space-y-3">
        {checkIns.map((checkIn) => (
          <li key={checkIn.due} className="rounded-lg border border-slate-200 p-3 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-slate-900">{formatDate(checkIn.due)}</span>
              <Badge tone={STATUS[checkIn.status].tone}>{STATUS[checkIn.status].label}</Badge>
            </div>
            {checkIn.ratings.length > 0 ? (
              <ul className="mt-2 space-y-0.5 text-slate-800">
                {checkIn.ratings.map((r) => (
                  <li key={r.itemId}>
                    {titleOf.get(r.itemId) ?? "A habit since removed"}: {r.rating} of 5
                  </li>
                ))}
              </ul>
            ) : null}
            {checkIn.howItWent ? <p className="mt-2 text-slate-800">{checkIn.howItWent}</p> : null}
            {checkIn.note ? <p className="mt-1 text-slate-600">Note: {checkIn.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
