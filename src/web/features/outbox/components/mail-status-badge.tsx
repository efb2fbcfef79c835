import type { MailStatus } from "../../../../contract/outbox";
import { Badge, type BadgeTone } from "../../../components/ui/badge";

const TONES: Record<MailStatus, BadgeTone> = {
  held: "warning",
  queued: "info",
  sent: "success",
  failed: "danger",
  bounced: "danger",
};

const LABELS: Record<MailStatus, string> = {
  held: "Held",
  queued: "Queued",
  sent: "Sent",
  failed: "Failed",
  bounced: "Refused by the address",
};

export function MailStatusBadge({ status }: { status: MailStatus }) {
  return <Badge tone={TONES[status]}>{LABELS[status]}</Badge>;
}
