import type { ClientEngagement } from "../../../../contract/practice";
import { EngagementRow } from "../../../components/engagement-row";
import { formatDate } from "../../../lib/format-date";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "2 questionnaires, 1 exercise open", or that nothing is open. */
export function openWorkText({ open }: ClientEngagement): string {
  const parts = [
    open.questionnaires ? plural(open.questionnaires, "questionnaire", "questionnaires") : null,
    open.exercises ? plural(open.exercises, "exercise", "exercises") : null,
    open.feedbackCampaigns
      ? plural(open.feedbackCampaigns, "360 feedback campaign", "360 feedback campaigns")
      : null,
  ].filter(Boolean);
  return parts.length === 0 ? "Nothing open" : `Open: ${parts.join(", ")}`;
}

type ClientEngagementListProps = {
  engagements: ClientEngagement[];
  /** The admin sees other coaches' engagements, so each row names its coach. */
  showCoach: boolean;
  labelledBy: string;
};

/** The client's engagements as rows: title (the link), stage, coach, start and what is open. */
export function ClientEngagementList({
  engagements,
  showCoach,
  labelledBy,
}: ClientEngagementListProps) {
  return (
    <ul aria-labelledby={labelledBy} className="divide-y divide-slate-100">
      {engagements.map((engagement) => (
        <EngagementRow
          key={engagement.id}
          engagement={engagement}
          facts={[
            showCoach ? `Coach: ${engagement.coachName}` : null,
            `Started ${formatDate(engagement.startDate)}`,
          ]}
        >
          <p className="mt-0.5 text-sm text-slate-700">{openWorkText(engagement)}</p>
        </EngagementRow>
      ))}
    </ul>
  );
}
