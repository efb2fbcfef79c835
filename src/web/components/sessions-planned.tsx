import { cn } from "../lib/cn";

/**
 * "8 sessions planned": the number the coach set. Keel does not record sessions yet, so it
 * claims no count of sessions held; the sessions stage adds that.
 */
export function SessionsPlanned({ planned, className }: { planned: number; className?: string }) {
  return (
    <p className={cn("text-sm text-slate-700", className)}>
      <span className="font-semibold text-slate-900">{planned}</span>{" "}
      {planned === 1 ? "session" : "sessions"} planned
    </p>
  );
}
