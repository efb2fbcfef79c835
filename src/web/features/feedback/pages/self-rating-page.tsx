import { Link, useParams } from "react-router";
import type { SelfRatingView } from "../../../../contract/feedback";
import { NoticeCard } from "../../../components/notice-card";
import { ResourcePage } from "../../../components/resource-page";
import { buttonClasses } from "../../../components/ui/button";
import { PageHeader } from "../../../components/ui/page-header";
import { isApiError } from "../../../lib/api-client";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useSelfRating } from "../api/get-self-rating";
import { campaignPath } from "../components/campaign-actions";
import { CampaignStatusBadge } from "../components/campaign-status-badge";
import { SelfRatingForm } from "../components/self-rating-form";

/** The statuses in which the client may still rate themselves. */
const OPEN = new Set(["nominating", "approval", "collecting"]);

/**
 * /feedback-campaigns/:id/self-rating: the client rates themselves on the behaviours their
 * raters answer. Only the client: the coach reads the self-rating in the report (a 403 here).
 */
export function SelfRatingPage() {
  const { id = "" } = useParams();
  const selfRating = useSelfRating(id);
  useDocumentTitle("Rate yourself");
  const back = { to: campaignPath(id), label: "360 feedback" };

  return (
    <ResourcePage
      query={selfRating}
      loading="Loading the behaviours…"
      name="Self-rating"
      back={back}
      notFound="This self-rating doesn't exist, or it isn't one you can see."
      notFoundLink={{ to: campaignPath(id), label: "Back to the campaign" }}
      missing={(error) =>
        isApiError(error, 403)
          ? {
              title: "Only the client rates themselves",
              message:
                "Their self-rating stays private until the survey closes; you'll see it beside the raters' answers in the report.",
              link: { to: campaignPath(id), label: "Back to the campaign" },
              tone: "info",
            }
          : undefined
      }
    >
      {(view) => (
        <>
          <PageHeader
            eyebrow={<CampaignStatusBadge status={view.status} />}
            title="Rate yourself"
            description={`${view.model.name} · the behaviours your raters answer about you`}
            back={back}
          />
          <SelfRatingBody view={view} />
        </>
      )}
    </ResourcePage>
  );
}

function SelfRatingBody({ view }: { view: SelfRatingView }) {
  if (view.submitted) {
    return (
      <NoticeCard title="You've rated yourself">
        <p>Your ratings are final. They appear in your report, beside your raters' answers.</p>
        <BackToCampaign id={view.campaignId} />
      </NoticeCard>
    );
  }
  if (!OPEN.has(view.status)) {
    return (
      <NoticeCard title="Self-rating is closed">
        <p>
          {view.status === "draft"
            ? "Your coach is still preparing this campaign. You can rate yourself once nominations open."
            : "The survey has closed, so ratings can no longer be given."}
        </p>
        <BackToCampaign id={view.campaignId} />
      </NoticeCard>
    );
  }
  return <SelfRatingForm key={view.campaignId} view={view} />;
}

function BackToCampaign({ id }: { id: string }) {
  return (
    <Link to={campaignPath(id)} className={buttonClasses("secondary")}>
      Back to the campaign
    </Link>
  );
}
