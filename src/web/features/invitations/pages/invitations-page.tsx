import { Send, UserPlus } from "lucide-react";
import { Link } from "react-router";
import { InvitationList } from "../../../components/invitation-list";
import { PendingInvitations } from "../../../components/pending-invitations";
import { QueryState } from "../../../components/query-state";
import { buttonClasses } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { PageHeader } from "../../../components/ui/page-header";
import { useInvitations } from "../../../lib/api/list-invitations";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";

/** Every invitation the coach sent (an admin: the practice's), open ones first. */
export function InvitationsPage() {
  useDocumentTitle("Invitations");
  const me = useCurrentUser();
  const invitations = useInvitations();

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
      <QueryState query={invitations} loading="Loading invitations…">
        {() =>
          all.length === 0 ? (
            <EmptyState
              icon={Send}
              title="No invitations yet"
              description="Invite your first client: they'll get an invitation with a link to join your practice."
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
                  <PendingInvitations
                    labelledBy="pending-heading"
                    empty="Everyone you invited has answered."
                    showInviter={me.isAdmin}
                  />
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
          )
        }
      </QueryState>
    </>
  );
}
