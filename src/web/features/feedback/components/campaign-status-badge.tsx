import {
  CAMPAIGN_STATUS_LABELS,
  type CampaignStatus,
} from "../../../../domain/feedback/campaign-status";
import { StatusBadge, type StatusStyles } from "../../../components/status-badge";

const STATUS: StatusStyles<CampaignStatus> = {
  draft: { label: CAMPAIGN_STATUS_LABELS.draft, tone: "neutral" },
  nominating: { label: CAMPAIGN_STATUS_LABELS.nominating, tone: "info" },
  approval: { label: CAMPAIGN_STATUS_LABELS.approval, tone: "warning" },
  collecting: { label: CAMPAIGN_STATUS_LABELS.collecting, tone: "brand" },
  closed: { label: CAMPAIGN_STATUS_LABELS.closed, tone: "violet" },
  released: { label: CAMPAIGN_STATUS_LABELS.released, tone: "success" },
};

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return <StatusBadge status={status} styles={STATUS} />;
}
