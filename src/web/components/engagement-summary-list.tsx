import { ChevronRight } from "lucide-react";
import { Link } from "react-router";
import type { EngagementSummary } from "../../contract/engagements";
import { formatDate } from "../lib/format-date";
import { StageBadge } from "./stage-badge";

type EngagementSummaryListProps = {
  engagements: EngagementSummary[];
  /** Which people to name on each row; the viewer's own role is usually left out. */
  show?: { client?: boolean; coach?: boolean; sponsor?: boolean };
  labelledBy?: string;
};

/** Engagements as rows: title (the link), people, stage, sessions and start date. */
export function EngagementSummaryList({
  engagements,
  show = { client: true },
  labelledBy,
}: EngagementSummaryListProps) {
  return (
    <ul aria-labelledby={labelledBy} className="divide-y divide-slate-100">
      {engagements.map((engagement) => {
        const people = [
          show.client ? `Client: ${engagement.client.name}` : null,
          show.coach ? `Coach: ${engagement.coach.name}` : null,
          show.sponsor && engagement.sponsor ? `Sponsor: ${engagement.sponsor.name}` : null,
        ].filter(Boolean);
        return (
          <li
            key={engagement.id}
            className="group relative flex items-center gap-4 py-3.5 first:pt-0 last:pb-0"
          >
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
              <p className="mt-1 text-sm text-slate-600">
                {[
                  ...people,
                  `${engagement.sessionsPlanned} sessions planned`,
                  `Started ${formatDate(engagement.startDate)}`,
                ].join(" · ")}
              </p>
            </div>
            <ChevronRight
              className="size-5 shrink-0 text-slate-400 group-hover:text-slate-600"
              aria-hidden="true"
            />
          </li>
        );
      })}
    </ul>
  );
}
