import { Repeat } from "lucide-react";
import { useState } from "react";
import type { SessionSummary } from "../../../../contract/sessions";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { formMessageOf } from "../../../lib/form-errors";
import { useCancelSeries } from "../api/session-series";
import { formatSessionTime } from "./session-time";

type UpcomingSeriesProps = {
  /** The upcoming sessions, some of them occurrences of a series. */
  sessions: SessionSummary[];
  onChanged: (message: string) => void;
};

/** For the coach: each series with sessions ahead, and cancelling the rest of it at once. */
export function UpcomingSeries({ sessions, onChanged }: UpcomingSeriesProps) {
  const bySeries = new Map<string, SessionSummary[]>();
  for (const session of sessions)
    if (session.seriesId)
      bySeries.set(session.seriesId, [...(bySeries.get(session.seriesId) ?? []), session]);
  if (bySeries.size === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-900">Series</h3>
      <ul className="divide-y divide-slate-100">
        {[...bySeries].map(([seriesId, ahead]) => (
          <SeriesItem key={seriesId} seriesId={seriesId} ahead={ahead} onChanged={onChanged} />
        ))}
      </ul>
    </div>
  );
}

function SeriesItem({
  seriesId,
  ahead,
  onChanged,
}: {
  seriesId: string;
  ahead: SessionSummary[];
  onChanged: (message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const cancel = useCancelSeries();
  const [first] = ahead;
  if (!first) return null;
  const from = formatSessionTime(first.startsAt, first.endsAt);
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm text-slate-800">
      <span className="flex items-start gap-2">
        <Repeat className="mt-0.5 size-4 shrink-0 text-slate-500" aria-hidden="true" />
        {first.seriesRule ? `${first.seriesRule}: ` : null}
        {ahead.length} {ahead.length === 1 ? "session" : "sessions"} ahead, from {from}
      </span>
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
        Cancel the series
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => {
          if (!next) cancel.reset();
          setOpen(next);
        }}
        title="Cancel the rest of this series?"
        description={
          <p>
            The {ahead.length} sessions from {from} will be cancelled, and {first.client.name} gets
            the cancellation by mail. Sessions already held stay as they are; none you cancel counts
            against the allowance.
          </p>
        }
        confirmLabel="Cancel the series"
        cancelLabel="Keep the series"
        pending={cancel.isPending}
        onConfirm={() =>
          cancel.mutate(seriesId, {
            onSuccess: () => {
              setOpen(false);
              onChanged(`The series' ${ahead.length} sessions ahead are cancelled.`);
            },
          })
        }
      >
        <FormAlert message={formMessageOf(cancel.error)} />
      </ConfirmDialog>
    </li>
  );
}
