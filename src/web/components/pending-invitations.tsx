import { useRef, useState } from "react";
import type { Role } from "../../contract/accounts";
import type { Invitation } from "../../contract/invitations";
import { useInvitations } from "../lib/api/list-invitations";
import { useRevokeInvitation } from "../lib/api/revoke-invitation";
import { formMessageOf } from "../lib/form-errors";
import { DeleteButton } from "./delete-button";
import { InvitationList } from "./invitation-list";
import { QueryState } from "./query-state";
import { Alert } from "./ui/alert";

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
  const [revoked, setRevoked] = useState<Invitation | null>(null);
  const region = useRef<HTMLDivElement>(null);

  const pending = (invitations.data ?? []).filter(
    (invitation) =>
      invitation.status === "pending" && (forRole === undefined || invitation.role === forRole),
  );

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
              revokeButton={(invitation) => (
                <DeleteButton
                  size="sm"
                  className="self-start sm:self-center"
                  question="Revoke this invitation?"
                  description={
                    <p>
                      The link in the invitation to{" "}
                      <span className="font-medium text-slate-900">{invitation.email}</span> will
                      stop working. You can invite them again later.
                    </p>
                  }
                  confirmLabel="Revoke"
                  pending={revoke.isPending}
                  onConfirm={(close) =>
                    revoke.mutate(invitation.id, {
                      onSuccess: () => setRevoked(invitation),
                      onSettled: close,
                    })
                  }
                  focusWhenGone={() => region.current}
                >
                  Revoke<span className="sr-only"> invitation for {invitation.email}</span>
                </DeleteButton>
              )}
            />
          )
        }
      </QueryState>
    </div>
  );
}
