import { Link } from "react-router";
import { InvitePersonForm } from "../../../components/invite-person-form";
import { PendingInvitations } from "../../../components/pending-invitations";
import { buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { PageHeader } from "../../../components/ui/page-header";
import { useCreateInvitation } from "../../../lib/api/create-invitation";
import { useDocumentTitle } from "../../../lib/use-document-title";

const COPY = {
  client: {
    title: "Invite a client",
    description:
      "Your client gets an invitation with a link to create their account. Once they join, you can open an engagement with them.",
    submit: "Invite client",
    pending: "Pending client invitations",
    none: "No client invitations are waiting for an answer.",
    other: { to: "/sponsors/invite", label: "Invite a sponsor instead" },
  },
  sponsor: {
    title: "Invite a sponsor",
    description:
      "A sponsor (HR, L&D or the client's manager) sees the facts of the engagements they sponsor (dates, stage and sessions) and what each client agrees to share. Nothing confidential.",
    submit: "Invite sponsor",
    pending: "Pending sponsor invitations",
    none: "No sponsor invitations are waiting for an answer.",
    other: { to: "/clients/invite", label: "Invite a client instead" },
  },
} as const;

/** /clients/invite: invite a client, and see the client invitations still open. */
export function InviteClientPage() {
  return <InvitePage inviteRole="client" />;
}

/** /sponsors/invite: invite a sponsor, and see the sponsor invitations still open. */
export function InviteSponsorPage() {
  return <InvitePage inviteRole="sponsor" />;
}

/** One form, and the invitations of that role still open. */
function InvitePage({ inviteRole: role }: { inviteRole: "client" | "sponsor" }) {
  const copy = COPY[role];
  useDocumentTitle(copy.title);
  const create = useCreateInvitation();

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
            <PendingInvitations forRole={role} labelledBy="pending-invitations" empty={copy.none} />
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
