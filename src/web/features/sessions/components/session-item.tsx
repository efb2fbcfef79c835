import { useRef, useState } from "react";
import { Link } from "react-router";
import type { SessionSummary } from "../../../../contract/sessions";
import { Button } from "../../../components/ui/button";
import { CancelSessionDialog } from "./cancel-session";
import { MoveSession } from "./move-session";
import { SeriesMark } from "./series-mark";
import { SessionPlace } from "./session-place";
import { SessionStatus } from "./session-status";
import { browserTimeZone, formatSessionTime, hasStarted } from "./session-time";

type SessionItemProps = {
  session: SessionSummary;
  viewerIsCoach: boolean;
  /** The coach's rule, for the client's cancel dialog. */
  lateCancelHours: number;
  /** Tells the list what changed, to announce it: the session may have left its group. */
  onChanged: (message: string) => void;
};

/** One session: when (in the viewer's zone), how and where, its state, and Move and Cancel. */
export function SessionItem({
  session,
  viewerIsCoach,
  lateCancelHours,
  onChanged,
}: SessionItemProps) {
  const [moving, setMoving] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const moveRef = useRef<HTMLButtonElement>(null);
  const upcoming = session.when === "upcoming" && !hasStarted(session);
  const when = formatSessionTime(session.startsAt, session.endsAt);
  return (
    <li className="py-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1 text-sm">
          <p className="flex flex-wrap items-center gap-2">
            <Link
              to={`/sessions/${session.id}`}
              className="font-semibold text-slate-900 underline-offset-4 hover:underline"
            >
              {when}
            </Link>
            <SessionStatus session={session} />
          </p>
          <p className="text-slate-700">
            <SessionPlace session={session} />
          </p>
          {session.seriesRule ? (
            <p>
              <SeriesMark rule={session.seriesRule} />
            </p>
          ) : null}
          {session.cancelReason ? (
            <p className="text-slate-600">Reason: {session.cancelReason}</p>
          ) : null}
        </div>
        {upcoming ? (
          <div className="flex shrink-0 flex-wrap gap-2">
            {session.movesLeft > 0 ? (
              <Button
                ref={moveRef}
                variant="secondary"
                size="sm"
                aria-expanded={moving}
                onClick={() => setMoving(!moving)}
              >
                Move<span className="sr-only"> the session on {when}</span>
              </Button>
            ) : null}
            <Button variant="danger-outline" size="sm" onClick={() => setCancelling(true)}>
              Cancel<span className="sr-only"> the session on {when}</span>
            </Button>
          </div>
        ) : null}
      </div>
      {upcoming && session.movesLeft === 0 ? (
        <p className="mt-1 text-sm text-slate-600">This session cannot be moved again.</p>
      ) : null}
      {moving ? (
        <MoveSession
          session={session}
          anyTime={viewerIsCoach}
          onCancel={() => {
            setMoving(false);
            moveRef.current?.focus();
          }}
          onMoved={() => {
            setMoving(false);
            onChanged(`Session moved. It was on ${when} (${browserTimeZone()}).`);
          }}
        />
      ) : null}
      <CancelSessionDialog
        session={session}
        lateCancelHours={lateCancelHours}
        viewerIsCoach={viewerIsCoach}
        open={cancelling}
        onOpenChange={setCancelling}
        onCancelled={() => onChanged(`The session on ${when} is cancelled.`)}
      />
    </li>
  );
}
