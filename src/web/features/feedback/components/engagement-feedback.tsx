import { ArrowRight, LayoutList, List, MessagesSquare } from "lucide-react";
import { Link } from "react-router";
import type { Me } from "../../../../contract/accounts";
import type { EngagementSummary } from "../../../../contract/engagements";
import type { CampaignSummary } from "../../../../contract/feedback";
import { AssignedWorkRow, AssignedWorkSection } from "../../../components/assigned-work";
import { buttonClasses } from "../../../components/ui/button";
import { formatDate } from "../../../lib/format-date";
import { useEngagementCampaigns } from "../api/list-engagement-campaigns";
import { campaignPath, hasResponses, summaryAction } from "./campaign-actions";
import { CampaignStatusBadge } from "./campaign-status-badge";
import { firstName, type Viewer } from "./campaign-steps";
import { CreateCampaignForm } from "./create-campaign-form";
import { nominatedText, totalResponses, totalResponsesText } from "./rater-groups";

type EngagementFeedbackProps = { engagement: EngagementSummary; me: Me; className?: string };

/**
 * The engagement's 360 feedback campaigns, for its client and its coach only (the API refuses
 * anyone else, and then the section is not shown). The coach starts one and follows it; the
 * client sees what to do next: nominate, rate themselves, read the released report.
 */
export function EngagementFeedback({ engagement, me, className }: EngagementFeedbackProps) {
  const mayAsk = me.role === "client" || me.role === "coach";
  const campaigns = useEngagementCampaigns(engagement.id, { enabled: mayAsk });
  if (!mayAsk) return null;

  const isCoach = me.role === "coach" && engagement.coach.id === me.id;
  const viewer: Viewer = me.role === "client" ? "client" : "coach";
  const client = firstName(engagement.client.name);
  const list = [...(campaigns.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <AssignedWorkSection
      id="feedback"
      title="360 feedback"
      description={
        isCoach
          ? `What ${client}'s manager, peers and team see in them, answered anonymously. You read the report once it closes; ${client} once you release it.`
          : "Feedback from colleagues you choose, answered anonymously and shown only in groups. You read the report once your coach releases it."
      }
      className={className}
      query={campaigns}
      items={list}
      loading="Loading 360 feedback…"
      canAssign={isCoach && engagement.stage !== "closed"}
      assignLabel="Start a 360 campaign"
      headerLinks={
        <Link to="/feedback-campaigns" className={buttonClasses("ghost", "sm")}>
          <List aria-hidden="true" />
          All campaigns
        </Link>
      }
      assignForm={(done) => (
        <CreateCampaignForm
          engagementId={engagement.id}
          clientName={client}
          onCancel={() => done()}
          repeatable={
            engagement.stage === "active" || engagement.stage === "review"
              ? list.filter((campaign) => campaign.status === "released")
              : []
          }
        />
      )}
      empty={{
        icon: MessagesSquare,
        title: "No 360 feedback yet",
        description: isCoach
          ? `Start a campaign: ${client} nominates colleagues, you approve the list, and each rater answers through a private link.`
          : "When your coach starts a 360 feedback survey, you'll nominate colleagues to answer it here.",
      }}
    >
      {(campaign) => <CampaignRow key={campaign.id} campaign={campaign} viewer={viewer} />}
    </AssignedWorkSection>
  );
}

function CampaignRow({ campaign, viewer }: { campaign: CampaignSummary; viewer: Viewer }) {
  const action = summaryAction(campaign, viewer);
  const counted = hasResponses(campaign.status);
  const total = totalResponses(campaign.responseCounts);
  const name = campaign.modelName;
  return (
    <AssignedWorkRow
      name={name}
      status={<CampaignStatusBadge status={campaign.status} />}
      facts={[
        counted ? totalResponsesText(campaign) : nominatedText(campaign.counts),
        campaign.releasedAt
          ? `released ${formatDate(campaign.releasedAt)}`
          : `deadline ${formatDate(campaign.deadline)}`,
        viewer === "client" && campaign.selfRated ? "you've rated yourself" : null,
        `started ${formatDate(campaign.createdAt)}`,
      ]}
      progress={
        campaign.status === "collecting" && total
          ? { done: total.responses, total: total.nominated }
          : null
      }
      actions={
        <>
          {action.to === campaignPath(campaign.id) ? null : (
            <Link to={campaignPath(campaign.id)} className={buttonClasses("ghost", "sm")}>
              <LayoutList aria-hidden="true" />
              Details<span className="sr-only">: {name}</span>
            </Link>
          )}
          <Link
            to={action.to}
            className={buttonClasses(action.primary ? "primary" : "secondary", "sm")}
          >
            {action.label}
            <span className="sr-only">: {name}</span>
            {action.primary ? <ArrowRight aria-hidden="true" /> : null}
          </Link>
        </>
      }
    />
  );
}
