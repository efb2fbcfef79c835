import type { EngagementSummary } from "../../contract/engagements";
import { formatDate } from "../lib/format-date";
import { EngagementRow } from "./engagement-row";

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
        ];
        return (
          <EngagementRow
            key={engagement.id}
            engagement={engagement}
            facts={[
              ...people,
              `${engagement.sessionsPlanned} sessions planned`,
              `Started ${formatDate(engagement.startDate)}`,
            ]}
          />
        );
      })}
    </ul>
  );
}
