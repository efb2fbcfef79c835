import { Briefcase, Plus } from "lucide-react";
import { Link, useParams } from "react-router";
import type { ClientDetail } from "../../../../contract/practice";
import { ResourcePage } from "../../../components/resource-page";
import { buttonClasses } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { PageHeader } from "../../../components/ui/page-header";
import { formatDate } from "../../../lib/format-date";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";
import { useClient } from "../api/get-client";
import { ClientEngagementList } from "../components/client-engagement-list";
import { EraseClientCard } from "../components/erase-client-card";

const HOME = { to: "/", label: "Home" };

/** /clients/:id: a coach's client, their engagements and what is open in each. */
export function ClientPage() {
  const { id = "" } = useParams();
  const client = useClient(id);
  useDocumentTitle(client.data?.name ?? "Client");

  return (
    <ResourcePage
      query={client}
      loading="Loading the client…"
      name="Client"
      back={HOME}
      notFound="This client doesn't exist, or isn't one of yours."
    >
      {(view) => <ClientView client={view} />}
    </ResourcePage>
  );
}

function ClientView({ client }: { client: ClientDetail }) {
  const me = useCurrentUser();
  const newEngagement = `/engagements/new?clientId=${encodeURIComponent(client.id)}`;
  return (
    <>
      <PageHeader
        title={client.name}
        description={
          <>
            <a href={`mailto:${client.email}`} className="underline-offset-2 hover:underline">
              {client.email}
            </a>
            {` · Joined ${formatDate(client.joinedAt)}`}
          </>
        }
        back={HOME}
        actions={
          <Link to={newEngagement} className={buttonClasses("primary")}>
            <Plus aria-hidden="true" />
            Open an engagement
          </Link>
        }
      />
      <Card>
        <CardHeader>
          <CardTitle id="client-engagements-heading">Engagements</CardTitle>
        </CardHeader>
        <CardContent>
          {client.engagements.length === 0 ? (
            <EmptyState
              icon={Briefcase}
              title={me.isAdmin ? "No engagements yet" : "No engagements with you yet"}
              description={`Open an engagement to take ${client.name} through assessment, planning, sessions and review.`}
            />
          ) : (
            <ClientEngagementList
              engagements={client.engagements}
              showCoach={me.isAdmin}
              labelledBy="client-engagements-heading"
            />
          )}
        </CardContent>
      </Card>
      {me.isAdmin ? <EraseClientCard client={client} /> : null}
    </>
  );
}
