import { ArrowLeft, Download, Eye, Lock } from "lucide-react";
import { Link, useParams } from "react-router";
import type { CampaignView } from "../../../../contract/feedback";
import { highlightLists, sectionDescription } from "../../../../domain/feedback/report-sections";
import type { FeedbackReport } from "../../../../domain/feedback/report-types";
import { NoticeCard } from "../../../components/notice-card";
import { QueryState } from "../../../components/query-state";
import { ResourcePage } from "../../../components/resource-page";
import { Alert } from "../../../components/ui/alert";
import { buttonClasses } from "../../../components/ui/button";
import { LoadingState } from "../../../components/ui/loading-state";
import { PageHeader } from "../../../components/ui/page-header";
import { isApiError } from "../../../lib/api-client";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useHashTarget } from "../../../lib/use-hash-target";
import { useCurrentUser } from "../../../lib/use-me";
import { useReviewComments } from "../api/comments";
import { useCampaign } from "../api/get-campaign";
import { reportPdfUrl, useReport } from "../api/get-report";
import { CommentReview } from "../components/comment-review";
import { ReportComments } from "../components/report-comments";
import { ReportCompetencyChart } from "../components/report-competency-chart";
import { ReportExtremes } from "../components/report-extremes";
import { ReportFacts } from "../components/report-facts";
import { ReportHighlights } from "../components/report-highlights";
import { ReportSection } from "../components/report-section";
import { ReportSpread } from "../components/report-spread";
import { ReportUnitTable } from "../components/report-unit-table";
import { AnswersLeftOut } from "../components/response-counts";

/**
 * /feedback-campaigns/:id/report: the 360 report. The coach previews it once the campaign is
 * closed, reviews the comments and releases it from the campaign page; the client reads it once
 * released. Nobody else reaches it: the campaign is a 404 for them.
 */
export function ReportPage() {
  const { id = "" } = useParams();
  const me = useCurrentUser();
  const campaign = useCampaign(id);
  const client = campaign.data?.client;
  useDocumentTitle(
    !client
      ? "360 feedback report"
      : client.id === me.id
        ? "Your 360 feedback report"
        : `360 report: ${client.name}`,
  );
  const back = { to: `/feedback-campaigns/${id}`, label: "Feedback campaign" };

  return (
    <ResourcePage
      query={campaign}
      loading="Loading the report…"
      name="360 feedback report"
      back={{ to: "/", label: "Home" }}
      notFound="This feedback report doesn't exist, or it isn't one you can see."
    >
      {(data) => {
        const isClient = data.client.id === me.id;
        return (
          <>
            <PageHeader
              eyebrow={<p className="text-sm font-medium text-brand-800">360-degree feedback</p>}
              title={
                isClient ? "Your 360 feedback report" : `${data.client.name}'s 360 feedback report`
              }
              description={data.modelName}
              back={back}
              actions={
                data.mayReadReport ? (
                  <a href={reportPdfUrl(id)} download className={buttonClasses("secondary")}>
                    <Download aria-hidden="true" />
                    Download PDF
                  </a>
                ) : null
              }
            />
            {data.mayReadReport ? (
              <ReportBody campaign={data} isClient={isClient} />
            ) : (
              <NotYet campaign={data} isClient={isClient} />
            )}
          </>
        );
      }}
    </ResourcePage>
  );
}

function ReportBody({ campaign, isClient }: { campaign: CampaignView; isClient: boolean }) {
  const report = useReport(campaign.id);
  // The coach's review loads with the report, so a link to #comments lands on a full page.
  const comments = useReviewComments(campaign.id, { enabled: campaign.status === "closed" });
  if (isApiError(report.error, 403)) return <NotYet campaign={campaign} isClient={isClient} />;
  if (campaign.status === "closed" && comments.isPending)
    return <LoadingState label="Loading the report…" />;
  return (
    <QueryState query={report} loading="Loading the report…">
      {(data) => <Report report={data} campaign={campaign} />}
    </QueryState>
  );
}

function Report({ report, campaign }: { report: FeedbackReport; campaign: CampaignView }) {
  // A link from the development profile (…/report#competency-deciding) lands on its part.
  const target = useHashTarget();
  const preview = campaign.status === "closed";
  const lists = highlightLists(report);
  return (
    <div className="space-y-6">
      {preview ? (
        <Alert tone="warning" title="Preview: not yet released">
          <p>
            {campaign.client.name} can't see this report yet. Review the comments below and black
            out any words that would tell who wrote them; then release the report from the campaign
            page. Once released, it never changes.
          </p>
          <Link
            to={`/feedback-campaigns/${campaign.id}`}
            className="mt-2 inline-flex items-center gap-1.5 font-medium underline underline-offset-2"
          >
            <ArrowLeft className="size-4" aria-hidden="true" />
            Back to the campaign to release it
          </Link>
        </Alert>
      ) : null}
      {preview && campaign.answersLeftOut > 0 ? <AnswersLeftOut view={campaign} /> : null}

      <ReportSection id="about">
        <ReportFacts report={report} releasedAt={campaign.releasedAt} />
      </ReportSection>

      <ReportSection
        id="self-and-others"
        description={sectionDescription("self-and-others", report)}
      >
        <ReportCompetencyChart report={report} />
      </ReportSection>

      <ReportSection id="by-group" description={sectionDescription("by-group", report)}>
        <ReportUnitTable report={report} />
      </ReportSection>

      <ReportSection id="strengths" description={sectionDescription("strengths", report)}>
        <div className="grid gap-8 lg:grid-cols-2">
          <ReportHighlights {...lists.strengths} />
          <ReportHighlights {...lists.developmentAreas} />
        </div>
      </ReportSection>

      <ReportSection id="gaps">
        <div className="grid gap-8 lg:grid-cols-2">
          <ReportHighlights {...lists.blindSpots} gap="self-higher" />
          <ReportHighlights {...lists.hiddenStrengths} gap="others-higher" />
        </div>
      </ReportSection>

      <ReportSection id="extremes">
        <ReportExtremes report={report} />
      </ReportSection>

      <ReportSection id="behaviours" description={sectionDescription("behaviours", report)}>
        <ReportSpread report={report} target={target} />
      </ReportSection>

      <ReportSection
        id="comments"
        targeted={target === "comments"}
        description={
          preview
            ? "Your review before release. The report shows comments only from groups it shows, in shuffled order, with no names and no times."
            : sectionDescription("comments", report)
        }
      >
        {preview ? (
          <CommentReview campaignId={campaign.id} report={report} />
        ) : (
          <ReportComments sections={report.comments} />
        )}
      </ReportSection>
    </div>
  );
}

/** Before the client may read it (403 until release), or before the coach may preview it. */
function NotYet({ campaign, isClient }: { campaign: CampaignView; isClient: boolean }) {
  if (isClient) {
    return (
      <NoticeCard title="Your report isn't released yet">
        <div className="flex gap-3">
          <Lock className="mt-0.5 size-5 shrink-0 text-slate-600" aria-hidden="true" />
          <p>
            Your coach reviews the feedback first, then releases the report to you. You'll find it
            here then.
          </p>
        </div>
      </NoticeCard>
    );
  }
  return (
    <NoticeCard title="The report isn't ready yet">
      <div className="flex gap-3">
        <Eye className="mt-0.5 size-5 shrink-0 text-slate-600" aria-hidden="true" />
        <p>
          The report appears once the campaign closes, at its deadline or when you close it. Until
          then, the campaign page shows how many have answered in each group.
        </p>
      </div>
      <Link to={`/feedback-campaigns/${campaign.id}`} className={buttonClasses("secondary")}>
        Go to the campaign
      </Link>
    </NoticeCard>
  );
}
