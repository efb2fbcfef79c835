import { useParams } from "react-router";
import type { Me } from "../../../../contract/accounts";
import type { CampaignView } from "../../../../contract/feedback";
import { ResourcePage } from "../../../components/resource-page";
import { PageHeader } from "../../../components/ui/page-header";
import { formatDate } from "../../../lib/format-date";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";
import { useCampaign } from "../api/get-campaign";
import { hasResponses } from "../components/campaign-actions";
import { CampaignProgress } from "../components/campaign-progress";
import { CampaignSettingsCard } from "../components/campaign-settings-card";
import { CampaignStatusBadge } from "../components/campaign-status-badge";
import { firstName, type Names, type Viewer } from "../components/campaign-steps";
import { RaterList } from "../components/rater-list";
import { ResponseCounts } from "../components/response-counts";
import { SelfRatingCard } from "../components/self-rating-card";

/**
 * /feedback-campaigns/:id: a 360 campaign for its coach and its client. Where it stands and what
 * comes next, the moves the viewer may make, the rater list, the live counts while raters answer,
 * and the way to the report.
 */
export function CampaignPage() {
  const { id = "" } = useParams();
  const me = useCurrentUser();
  const campaign = useCampaign(id);
  useDocumentTitle(
    campaign.data ? titleOf(campaign.data, viewerOf(campaign.data, me)) : "360 feedback",
  );
  const back =
    me.role === "client"
      ? { to: "/", label: "Home" }
      : {
          to: "/feedback-campaigns",
          label: "360 feedback",
        };

  return (
    <ResourcePage
      query={campaign}
      loading="Loading the campaign…"
      name="360 feedback campaign"
      back={back}
      notFound="This campaign doesn't exist, or it isn't one you can see."
    >
      {(view) => <CampaignDetail view={view} me={me} />}
    </ResourcePage>
  );
}

/** The API shows a campaign to its client and its coach only. */
function viewerOf(view: CampaignView, me: Me): Viewer {
  return view.client.id === me.id ? "client" : "coach";
}

function titleOf(view: CampaignView, viewer: Viewer): string {
  return viewer === "client" ? "Your 360 feedback" : `360 feedback for ${view.client.name}`;
}

function CampaignDetail({ view, me }: { view: CampaignView; me: Me }) {
  const viewer = viewerOf(view, me);
  const names: Names = { client: firstName(view.client.name), coach: firstName(view.coach.name) };
  return (
    <>
      <PageHeader
        eyebrow={<CampaignStatusBadge status={view.status} />}
        title={titleOf(view, viewer)}
        description={`${view.modelName} · ${
          view.releasedAt
            ? `released ${formatDate(view.releasedAt)}`
            : `deadline ${formatDate(view.deadline)}`
        }${viewer === "client" ? ` · with ${view.coach.name}` : ""}`}
        back={{ to: `/engagements/${view.engagementId}#feedback`, label: "Engagement" }}
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <CampaignProgress view={view} viewer={viewer} names={names} />
        {viewer === "client" && view.maySelfRate ? <SelfRatingCard view={view} /> : null}
        {hasResponses(view.status) ? <ResponseCounts view={view} viewer={viewer} /> : null}
        <RaterList view={view} viewer={viewer} names={names} />
        <CampaignSettingsCard view={view} viewer={viewer} names={names} />
      </div>
    </>
  );
}
