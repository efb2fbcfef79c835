import { Link } from "react-router";
import { InvitationList } from "../../../components/invitation-list";
import { InvitePersonForm } from "../../../components/invite-person-form";
import { Alert } from "../../../components/ui/alert";
import { buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { PageHeader } from "../../../components/ui/page-header";
import { formMessageOf } from "../../../lib/form-errors";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCreateInvitation } from "../api/create-invitation";
import { useInvitations } from "../api/list-invitations";
import { useRevokeInvitation } from "../api/revoke-invitation";

const COPY = {
  client: {
    title: "Invite a client",
    description:
      "Your client gets an email with a link to create their account. Once they join, you can open an engagement with them.",
    submit: "Invite client",
    pending: "Pending client invitations",
    none: "No client invitations are waiting for an answer.",
    other: { to: "/sponsors/invite", label: "Invite a sponsor instead" },
  },
  sponsor: {
    title: "Invite a sponsor",
    description:
      "A sponsor (HR, L&D or the client's manager) sees the facts of the engagements they sponsor: dates, stage and sessions used. Nothing confidential.",
    submit: "Invite sponsor",
    pending: "Pending sponsor invitations",
    none: "No sponsor invitations are waiting for an answer.",
    other: { to: "/clients/invite", label: "Invite a client instead" },
  },
} as const;

/** /clients/invite and /sponsors/invite: one form, and the invitations of that role still open. */
export function InvitePage({ inviteRole: role }: { inviteRole: "client" | "sponsor" }) {
  const copy = COPY[role];
  useDocumentTitle(copy.title);
  const create = useCreateInvitation();
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const pending = (invitations.data ?? []).filter((i) => i.role === role && i.status === "pending");

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={copy.title}
        description={copy.description}
        back={{ to: "/", label: "Home" }}
      />
      <div className="space-y-6">
        <Card>
          <CardContent className="pt-5 sm:pt-6">
            <InvitePersonForm
              submitLabel={copy.submit}
              pending={create.isPending}
              error={create.error}
              sent={create.data}
              onInvite={(values, done) => create.mutate({ ...values, role }, done)}
            />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <div>
              <CardTitle id="pending-invitations">{copy.pending}</CardTitle>
              <CardDescription>Revoke an invitation to make its link stop working.</CardDescription>
            </div>
          </CardHeader>
          <CardContent>
            {revoke.error ? (
              <Alert tone="danger" role="alert" className="mb-4">
                {formMessageOf(revoke.error)}
              </Alert>
            ) : null}
            {invitations.isPending ? (
              <p className="text-sm text-slate-600">Loading invitations…</p>
            ) : pending.length === 0 ? (
              <p className="text-sm text-slate-600">{copy.none}</p>
            ) : (
              <InvitationList
                labelledBy="pending-invitations"
                invitations={pending}
                onRevoke={(invitation) => revoke.mutate(invitation.id)}
                revokingId={revoke.isPending ? revoke.variables : null}
              />
            )}
          </CardContent>
        </Card>

        <p className="text-sm">
          <Link to={copy.other.to} className={buttonClasses("link")}>
            {copy.other.label}
          </Link>
        </p>
      </div>
    </div>
  );
}
