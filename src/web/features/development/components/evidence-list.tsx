import { ChartColumn, NotebookPen, UsersRound } from "lucide-react";
import { useId } from "react";
import { Link } from "react-router";
import type { StoredEvidence } from "../../../../domain/development/entries";
import { cn } from "../../../lib/cn";
import { evidenceDestination, evidenceHref, evidenceKey, evidenceLabel } from "./evidence-label";

const ICONS = { personality: ChartColumn, exercise: NotebookPen, feedback: UsersRound } as const;

/**
 * The evidence behind an entry or a proposal, as chips that lead back to it: a questionnaire's
 * scale on its results page, a submitted exercise, or a released 360 report. Nothing when there is none.
 */
export function EvidenceList({
  evidence,
  className,
}: {
  evidence: StoredEvidence[];
  className?: string;
}) {
  const labelId = useId();
  if (evidence.length === 0) return null;
  return (
    <div className={cn("flex flex-wrap items-center gap-x-2 gap-y-1.5", className)}>
      <span id={labelId} className="text-xs font-medium text-slate-600">
        Evidence
      </span>
      <ul aria-labelledby={labelId} className="flex min-w-0 flex-wrap gap-1.5">
        {evidence.map((item) => {
          const Icon = ICONS[item.type];
          return (
            <li key={evidenceKey(item)} className="min-w-0 max-w-full">
              <Link
                to={evidenceHref(item)}
                title={`See the ${evidenceDestination(item)}`}
                className={cn(
                  "inline-flex max-w-full items-center gap-1.5 rounded-full border border-brand-200 bg-brand-50 px-2.5 py-1 text-xs font-medium text-brand-900",
                  "hover:border-brand-400 hover:bg-brand-100",
                  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700",
                )}
              >
                <Icon className="size-3.5 shrink-0 text-brand-700" aria-hidden="true" />
                <span className="min-w-0 break-words">{evidenceLabel(item)}</span>
                <span className="sr-only">, see the {evidenceDestination(item)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
