import { cn } from "../lib/cn";

/**
 * "8 sessions planned": the number the coach set, which is all a sponsor is shown of the
 * sessions; coach and client see sessions used of those planned in the sessions section.
 */
export function SessionsPlanned({ planned, className }: { planned: number; className?: string }) {
  return (
    <p className={cn("text-sm text-slate-700", className)}>
      <span className="font-semibold text-slate-900">{planned}</span>{" "}
      {planned === 1 ? "session" : "sessions"} planned
    </p>
  );
}
