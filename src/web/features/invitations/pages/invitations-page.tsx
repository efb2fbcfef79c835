import { Send, UserPlus } from "lucide-react";
import { Link } from "react-router";
import { ErrorState } from "../../../components/error-state";
import { InvitationList } from "../../../components/invitation-list";
import { Alert } from "../../../components/ui/alert";
import { buttonClasses } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { PageHeader } from "../../../components/ui/page-header";
import { formMessageOf } from "../../../lib/form-errors";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";
import { useInvitations } from "../api/list-invitations";
import { useRevokeInvitation } from "../api/revoke-invitation";

/** Every invitation the coach sent (an admin: the practice's), open ones first. */
export function InvitationsPage() {
  useDocumentTitle("Invitations");
  const me = useCurrentUser();
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();

  const all = invitations.data ?? [];
  const pending = all.filter((i) => i.status === "pending");
  const closed = all.filter((i) => i.status !== "pending");

  return (
    <>
      <PageHeader
        title="Invitations"
        description={
          me.isAdmin
            ? "Every invitation sent in your practice. Pending links can be revoked."
            : "The invitations you've sent. Pending links can be revoked."
        }
        actions={
          <>
            <Link to="/clients/invite" className={buttonClasses("primary")}>
              <UserPlus aria-hidden="true" />
              Invite client
            </Link>
            <Link to="/sponsors/invite" className={buttonClasses("secondary")}>
              Invite sponsor
            </Link>
          </>
        }
      />
      {revoke.error ? (
        <Alert tone="danger" role="alert" className="mb-6">
          {formMessageOf(revoke.error)}
        </Alert>
      ) : null}
      {invitations.isPending ? (
        <LoadingState label="Loading invitations…" />
      ) : invitations.error ? (
        <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : all.length === 0 ? (
        <EmptyState
          icon={Send}
          title="No invitations yet"
          description="Invite your first client: they'll get an email with a link to join your practice."
          action={
            <Link to="/clients/invite" className={buttonClasses("primary")}>
              Invite your first client
            </Link>
          }
        />
      ) : (
        <div className="space-y-6">
          <Card>
            <CardHeader>
              <CardTitle id="pending-heading">Pending ({pending.length})</CardTitle>
            </CardHeader>
            <CardContent>
              {pending.length === 0 ? (
                <p className="text-sm text-slate-600">Everyone you invited has answered.</p>
              ) : (
                <InvitationList
                  labelledBy="pending-heading"
                  invitations={pending}
                  showInviter={me.isAdmin}
                  onRevoke={(invitation) => revoke.mutate(invitation.id)}
                  revokingId={revoke.isPending ? revoke.variables : null}
                />
              )}
            </CardContent>
          </Card>
          {closed.length > 0 ? (
            <Card>
              <CardHeader>
                <CardTitle id="closed-heading">
                  Answered, revoked or expired ({closed.length})
                </CardTitle>
              </CardHeader>
              <CardContent>
                <InvitationList
                  labelledBy="closed-heading"
                  invitations={closed}
                  showInviter={me.isAdmin}
                />
              </CardContent>
            </Card>
          ) : null}
        </div>
      )}
    </>
  );
}
