import { ChevronRight, MessagesSquare, SearchX, Settings2 } from "lucide-react";
import type { ReactNode } from "react";
import { Link, useSearchParams } from "react-router";
import type { CampaignDashboardRow } from "../../../../contract/feedback";
import {
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGN_STATUSES,
  type CampaignStatus,
} from "../../../../domain/feedback/campaign-status";
import { ErrorState } from "../../../components/error-state";
import { LoadMoreList } from "../../../components/load-more-list";
import { ProgressBar } from "../../../components/progress-bar";
import { Button, buttonClasses } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { Label } from "../../../components/ui/label";
import { LoadingState } from "../../../components/ui/loading-state";
import { PageHeader } from "../../../components/ui/page-header";
import { Select } from "../../../components/ui/select";
import { formatDate } from "../../../lib/format-date";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCampaignDashboard } from "../api/list-dashboard";
import { campaignPath, hasResponses } from "../components/campaign-actions";
import { CampaignStatusBadge } from "../components/campaign-status-badge";
import { nominatedText, totalResponses, totalResponsesText } from "../components/rater-groups";

const isStatus = (value: string | null): value is CampaignStatus =>
  value !== null && (CAMPAIGN_STATUSES as readonly string[]).includes(value);

/** The status filter lives in the address (?status=…), so going back to the list keeps it. */
function useStatusFilter() {
  const [params, setParams] = useSearchParams();
  const param = params.get("status");
  const status = isStatus(param) ? param : undefined;
  const change = (next: CampaignStatus | undefined) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set("status", next);
        else updated.delete("status");
        return updated;
      },
      { replace: true },
    );
  return { status, change };
}

/**
 * /feedback-campaigns: every 360 campaign in the coach's engagements, newest first, with where
 * each stands and how many raters have answered; narrowed by status, page after page.
 */
export function CampaignDashboardPage() {
  useDocumentTitle("360 feedback");
  const { status, change } = useStatusFilter();
  const pages = useCampaignDashboard(status);
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];

  let content: ReactNode;
  if (!pages.data) {
    content =
      pages.status === "error" ? (
        <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />
      ) : (
        <LoadingState label="Loading campaigns…" />
      );
  } else if (items.length === 0 && !status) {
    content = (
      <EmptyState
        icon={MessagesSquare}
        title="No 360 campaigns yet"
        description="Start one from an engagement's page: its client nominates colleagues, you approve the list, and each rater answers through a private link."
        action={
          <Link to="/engagements" className={buttonClasses("primary")}>
            Go to engagements
          </Link>
        }
      />
    );
  } else {
    content = (
      <Card>
        <CardHeader>
          <CardTitle id="campaign-list-heading">
            {status ? CAMPAIGN_STATUS_LABELS[status] : "All campaigns"}
          </CardTitle>
          <span className="text-sm text-slate-600">Newest first</span>
        </CardHeader>
        <CardContent>
          <LoadMoreList
            pages={pages}
            shown={items.length}
            what="campaigns"
            empty={
              <EmptyState
                icon={SearchX}
                title="No campaign at this step"
                description="Try another status, or show them all."
                action={
                  <Button variant="secondary" onClick={() => change(undefined)}>
                    Show all campaigns
                  </Button>
                }
              />
            }
          >
            <ul aria-labelledby="campaign-list-heading" className="divide-y divide-slate-100">
              {items.map((row) => (
                <DashboardRow key={row.id} row={row} />
              ))}
            </ul>
          </LoadMoreList>
        </CardContent>
      </Card>
    );
  }

  return (
    <>
      <PageHeader
        title="360 feedback"
        description="Every 360 campaign of your engagements: where it stands, and how many raters have answered. Never who."
        actions={
          <Link to="/competency-models" className={buttonClasses("secondary")}>
            <Settings2 aria-hidden="true" />
            Competency models
          </Link>
        }
      />
      <search aria-label="Filter campaigns" className="mb-6 block">
        <div className="space-y-1.5 sm:w-64">
          <Label htmlFor="campaign-status-filter">Status</Label>
          <Select
            id="campaign-status-filter"
            value={status ?? ""}
            onChange={(event) =>
              change(isStatus(event.target.value) ? event.target.value : undefined)
            }
          >
            <option value="">All statuses</option>
            {CAMPAIGN_STATUSES.map((value) => (
              <option key={value} value={value}>
                {CAMPAIGN_STATUS_LABELS[value]}
              </option>
            ))}
          </Select>
        </div>
      </search>
      <p role="status" className="sr-only">
        {pages.data && !pages.isPlaceholderData
          ? `Showing ${items.length} ${items.length === 1 ? "campaign" : "campaigns"}${pages.hasNextPage ? ", more can be loaded" : ""}.`
          : ""}
      </p>
      {content}
    </>
  );
}

/** A campaign: its client (the link), the engagement, its status, deadline and answers so far. */
function DashboardRow({ row }: { row: CampaignDashboardRow }) {
  const counted = hasResponses(row.status);
  const total = totalResponses(row.responseCounts);
  return (
    <li className="group relative flex items-center gap-4 py-3.5 first:pt-0 last:pb-0">
      <div className="min-w-0 flex-1 space-y-1">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Link
            to={campaignPath(row.id)}
            className="font-medium text-slate-900 after:absolute after:inset-0 group-hover:text-brand-800"
          >
            {row.client.name}
            <span className="sr-only">, {row.engagementTitle}</span>
          </Link>
          <CampaignStatusBadge status={row.status} />
        </div>
        <p className="text-sm text-slate-600">
          {[
            row.engagementTitle,
            row.modelName,
            row.releasedAt
              ? `Released ${formatDate(row.releasedAt)}`
              : `Deadline ${formatDate(row.deadline)}`,
            counted ? totalResponsesText(row) : nominatedText(row.counts),
          ].join(" · ")}
        </p>
        {row.status === "collecting" && total ? (
          <ProgressBar done={total.responses} total={total.nominated} className="max-w-xs" />
        ) : null}
      </div>
      <ChevronRight
        className="size-5 shrink-0 text-slate-400 group-hover:text-slate-600"
        aria-hidden="true"
      />
    </li>
  );
}
