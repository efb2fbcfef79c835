import { useRef, useState } from "react";
import { useInvitations } from "../lib/api/list-invitations";
import { useRevokeInvitation } from "../lib/api/revoke-invitation";
import type { Invitation, Role } from "../lib/api-types";
import { formMessageOf } from "../lib/form-errors";
import { InvitationList } from "./invitation-list";
import { QueryState } from "./query-state";
import { Alert } from "./ui/alert";
import { ConfirmDialog } from "./ui/confirm-dialog";

type PendingInvitationsProps = {
  /** Only the invitations for this role; every role when left out. */
  forRole?: Role;
  /** The id of the heading that names the list. */
  labelledBy: string;
  /** What to say when no invitation is waiting for an answer. */
  empty: string;
  showInviter?: boolean;
};

/**
 * The viewer's invitations still waiting for an answer, each with a "Revoke" button that asks for
 * confirmation first. After a revocation, focus returns to the list and the change is announced.
 */
export function PendingInvitations({
  forRole,
  labelledBy,
  empty,
  showInviter = false,
}: PendingInvitationsProps) {
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const [confirming, setConfirming] = useState<Invitation | null>(null);
  const [revoked, setRevoked] = useState<Invitation | null>(null);
  const revokeButton = useRef<HTMLButtonElement | null>(null);
  const region = useRef<HTMLDivElement>(null);

  const pending = (invitations.data ?? []).filter(
    (invitation) =>
      invitation.status === "pending" && (forRole === undefined || invitation.role === forRole),
  );

  function confirmRevoke() {
    if (!confirming) return;
    const invitation = confirming;
    revoke.mutate(invitation.id, {
      onSuccess: () => setRevoked(invitation),
      onSettled: () => setConfirming(null),
    });
  }

  return (
    <div ref={region} tabIndex={-1} className="outline-none">
      {revoke.error ? (
        <Alert tone="danger" role="alert" className="mb-4">
          {formMessageOf(revoke.error)}
        </Alert>
      ) : null}
      <p role="status" className="sr-only">
        {revoked ? `The invitation for ${revoked.email} was revoked.` : ""}
      </p>
      <QueryState query={invitations} loading="Loading invitations…">
        {() =>
          pending.length === 0 ? (
            <p className="text-sm text-slate-600">{empty}</p>
          ) : (
            <InvitationList
              labelledBy={labelledBy}
              invitations={pending}
              showInviter={showInviter}
              onRevoke={(invitation, button) => {
                revokeButton.current = button;
                setConfirming(invitation);
              }}
            />
          )
        }
      </QueryState>
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => {
          if (!open) setConfirming(null);
        }}
        title="Revoke this invitation?"
        description={
          confirming ? (
            <p>
              The link we emailed to{" "}
              <span className="font-medium text-slate-900">{confirming.email}</span> will stop
              working. You can invite them again later.
            </p>
          ) : null
        }
        confirmLabel="Revoke"
        onConfirm={confirmRevoke}
        pending={revoke.isPending}
        focusAfterClose={() =>
          revokeButton.current?.isConnected ? revokeButton.current : region.current
        }
      />
    </div>
  );
}
