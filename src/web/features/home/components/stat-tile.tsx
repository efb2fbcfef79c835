import type { LucideIcon } from "lucide-react";

/** A number with its label, for the top of a home page. */
export function StatTile({
  label,
  value,
  icon: Icon,
}: {
  label: string;
  /** A count, or text such as "50+" when only a lower bound is known. */
  value: number | string | undefined;
  icon: LucideIcon;
}) {
  return (
    <div className="flex items-center gap-4 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-5">
      <span className="hidden size-10 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-700 sm:flex">
        <Icon className="size-5" aria-hidden="true" />
      </span>
      <div>
        <p className="text-2xl font-semibold text-slate-900 tabular-nums">{value ?? "–"}</p>
        <p className="text-xs leading-snug text-slate-600 sm:text-sm">{label}</p>
      </div>
    </div>
  );
}
