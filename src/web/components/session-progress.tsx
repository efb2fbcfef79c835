import { cn } from "../lib/cn";

/** "2 of 6 sessions used" with a bar (the words carry the meaning; the bar is decoration). */
export function SessionProgress({
  used,
  planned,
  className,
}: {
  used: number;
  planned: number;
  className?: string;
}) {
  const percent = planned > 0 ? Math.min(100, Math.round((used / planned) * 100)) : 0;
  return (
    <div className={cn("space-y-1.5", className)}>
      <p className="text-sm text-slate-700">
        <span className="font-semibold text-slate-900">{used}</span> of{" "}
        <span className="font-semibold text-slate-900">{planned}</span>{" "}
        {planned === 1 ? "session" : "sessions"} used
      </p>
      <div aria-hidden="true" className="h-2 w-full overflow-hidden rounded-full bg-slate-200">
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
