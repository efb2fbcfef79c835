import { Badge, type BadgeTone } from "../../../components/ui/badge";
import type { MailStatus } from "../../../lib/api-types";

const TONES: Record<MailStatus, BadgeTone> = {
  held: "warning",
  queued: "info",
  sent: "success",
  failed: "danger",
};

const LABELS: Record<MailStatus, string> = {
  held: "Held",
  queued: "Queued",
  sent: "Sent",
  failed: "Failed",
};

export function MailStatusBadge({ status }: { status: MailStatus }) {
  return <Badge tone={TONES[status]}>{LABELS[status]}</Badge>;
}
