import type { ReactNode } from "react";
import type { Invitation, InvitationStatus } from "../../contract/invitations";
import { formatDate } from "../lib/format-date";
import { RoleBadge } from "./role-badge";
import { Badge, type BadgeTone } from "./ui/badge";

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
  /** A pending invitation's Revoke button, when the list offers one. */
  revokeButton?: (invitation: Invitation) => ReactNode;
  showInviter?: boolean;
  labelledBy?: string;
};

/** Invitations as a list: who, which role, when invited and when the link expires. */
export function InvitationList({
  invitations,
  revokeButton,
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
              Invited {formatDate(invitation.createdAt)}
              {showInviter ? ` by ${invitation.invitedBy.name}` : ""}
              {invitation.status === "pending"
                ? ` · expires ${formatDate(invitation.expiresAt)}`
                : ""}
            </p>
          </div>
          {revokeButton && invitation.status === "pending" ? revokeButton(invitation) : null}
        </li>
      ))}
    </ul>
  );
}
