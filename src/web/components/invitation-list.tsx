import type { Invitation, InvitationStatus } from "../lib/api-types";
import { formatDate } from "../lib/format-date";
import { RoleBadge } from "./role-badge";
import { Badge, type BadgeTone } from "./ui/badge";
import { Button } from "./ui/button";

const STATUS_TONES: Record<InvitationStatus, BadgeTone> = {
  pending: "warning",
  accepted: "success",
  revoked: "neutral",
  expired: "neutral",
};

const STATUS_LABELS: Record<InvitationStatus, string> = {
  pending: "Pending",
  accepted: "Accepted",
  revoked: "Revoked",
  expired: "Expired",
};

type InvitationListProps = {
  invitations: Invitation[];
  /** Offers a Revoke button on pending invitations when given; it gets the button pressed. */
  onRevoke?: (invitation: Invitation, button: HTMLButtonElement) => void;
  showInviter?: boolean;
  labelledBy?: string;
};

/** Invitations as a list: who, which role, when sent and when the link expires. */
export function InvitationList({
  invitations,
  onRevoke,
  showInviter = false,
  labelledBy,
}: InvitationListProps) {
  return (
    <ul aria-labelledby={labelledBy} className="divide-y divide-slate-100">
      {invitations.map((invitation) => (
        <li
          key={invitation.id}
          className="flex flex-col gap-3 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between"
        >
          <div className="min-w-0">
            <div className="flex flex-wrap items-center gap-2">
              <p className="truncate font-medium text-slate-900">
                {invitation.name ?? invitation.email}
              </p>
              <RoleBadge role={invitation.role} />
              {invitation.status !== "pending" ? (
                <Badge tone={STATUS_TONES[invitation.status]}>
                  {STATUS_LABELS[invitation.status]}
                </Badge>
              ) : null}
            </div>
            {invitation.name ? (
              <p className="truncate text-sm text-slate-600">{invitation.email}</p>
            ) : null}
            <p className="mt-0.5 text-xs text-slate-600">
              Sent {formatDate(invitation.createdAt)}
              {showInviter ? ` by ${invitation.invitedBy.name}` : ""}
              {invitation.status === "pending"
                ? ` · expires ${formatDate(invitation.expiresAt)}`
                : ""}
            </p>
          </div>
          {onRevoke && invitation.status === "pending" ? (
            <Button
              variant="danger-outline"
              size="sm"
              className="self-start sm:self-center"
              aria-haspopup="dialog"
              onClick={(event) => onRevoke(invitation, event.currentTarget)}
            >
              Revoke<span className="sr-only"> invitation for {invitation.email}</span>
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
