import { ChevronRight } from "lucide-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Stage } from "../../contract/engagements";
import { StageBadge } from "./stage-badge";

type EngagementRowProps = {
  engagement: { id: string; title: string; stage: Stage };
  /** The facts under the title, joined with " · ". */
  facts: (string | null)[];
  children?: ReactNode;
};

/** One engagement in a list: its title (a link over the whole row), stage and facts. */
export function EngagementRow({ engagement, facts, children }: EngagementRowProps) {
  return (
    <li className="group relative flex items-center gap-4 py-3.5 first:pt-0 last:pb-0">
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Link
            to={`/engagements/${engagement.id}`}
            className="font-medium text-slate-900 after:absolute after:inset-0 group-hover:text-brand-800"
          >
            {engagement.title}
          </Link>
          <StageBadge stage={engagement.stage} />
        </div>
        <p className="mt-1 text-sm text-slate-600">{facts.filter(Boolean).join(" · ")}</p>
        {children}
      </div>
      <ChevronRight
        className="size-5 shrink-0 text-slate-400 group-hover:text-slate-600"
        aria-hidden="true"
      />
    </li>
  );
}
