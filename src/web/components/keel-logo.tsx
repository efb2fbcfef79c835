import { cn } from "../lib/cn";

/** Keel's mark: a hull with its keel, drawn in the accent colour. */
export function KeelMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={cn("size-8 shrink-0", className)}>
      <rect width="32" height="32" rx="8" className="fill-brand-700" />
      <path
        d="M7 17.5c2.5 4.5 15.5 4.5 18 0M16 7v14"
        fill="none"
        stroke="white"
        strokeWidth="2.5"
        strokeLinecap="round"
      />
    </svg>
  );
}
