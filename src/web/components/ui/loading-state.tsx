import { LoaderCircle } from "lucide-react";
import { cn } from "../../lib/cn";

/** A spinner with words, announced politely to screen readers. */
export function LoadingState({
  label = "Loading…",
  className,
}: {
  label?: string;
  className?: string;
}) {
  return (
    <div
      role="status"
      className={cn(
        "flex items-center justify-center gap-2 py-10 text-sm text-slate-600",
        className,
      )}
    >
      <LoaderCircle className="size-5 animate-spin text-brand-700" aria-hidden="true" />
      {label}
    </div>
  );
}
