import { Briefcase, Plus, Send, UserPlus, Users } from "lucide-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Me } from "../../../../contract/accounts";
import type { Client } from "../../../../contract/practice";
import { EngagementSummaryList } from "../../../components/engagement-summary-list";
import { PendingInvitations } from "../../../components/pending-invitations";
import { QueryState } from "../../../components/query-state";
import { buttonClasses } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { PageHeader } from "../../../components/ui/page-header";
import { useFirstClientPage } from "../../../lib/api/list-clients";
import { useFirstEngagementPage } from "../../../lib/api/list-engagements";
import { useInvitations } from "../../../lib/api/list-invitations";
import { formatDate } from "../../../lib/format-date";
import { firstName } from "./first-name";
import { StatTile } from "./stat-tile";

/**
 * A coach's dashboard: engagements in progress, clients and invitations waiting for an answer;
 * `attention` (the goals at risk, from another feature) shows above them.
 */
export function CoachHome({ me, attention }: { me: Me; attention?: ReactNode }) {
  const engagements = useFirstEngagementPage();
  const clients = useFirstClientPage();
  const invitations = useInvitations();

  // The newest page of engagements; with more pages there may be more in progress than it holds.
  const open = (engagements.data?.items ?? []).filter((e) => e.stage !== "closed");
  const openCount = engagements.data
    ? `${open.length}${engagements.data.nextCursor ? "+" : ""}`
    : undefined;
  // The first page of clients by name; with more pages, its size is a lower bound.
  const clientCount = clients.data
    ? `${clients.data.items.length}${clients.data.nextCursor ? "+" : ""}`
    : undefined;
  const pending = (invitations.data ?? []).filter((i) => i.status === "pending");

  return (
    <>
      <PageHeader
        title={`Hello, ${firstName(me.name)}`}
        description={
          me.isAdmin
            ? `Here's ${me.practice.name} at a glance, across all coaches.`
            : "Here's your coaching practice at a glance."
        }
        actions={
          <>
            <Link to="/clients/invite" className={buttonClasses("secondary")}>
              <UserPlus aria-hidden="true" />
              Invite client
            </Link>
            <Link to="/engagements/new" className={buttonClasses("primary")}>
              <Plus aria-hidden="true" />
              Open engagement
            </Link>
          </>
        }
      />

      <section aria-label="Summary" className="mb-6 grid grid-cols-3 gap-2 sm:gap-4">
        <StatTile icon={Briefcase} label="In progress" value={openCount} />
        <StatTile icon={Users} label="Clients" value={clientCount} />
        <StatTile
          icon={Send}
          label="Invitations pending"
          value={invitations.data ? pending.length : undefined}
        />
      </section>

      {attention}

      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle id="engagements-heading">Engagements in progress</CardTitle>
            <Link to="/engagements" className={buttonClasses("link", "sm")}>
              View all<span className="sr-only"> engagements</span>
            </Link>
          </CardHeader>
          <CardContent>
            <QueryState query={engagements} loading="Loading engagements…">
              {(page) =>
                open.length === 0 ? (
                  <EmptyState
                    icon={Briefcase}
                    title="No engagements in progress"
                    description={
                      page.items.length > 0
                        ? "Your newest engagements are closed. Open another to take a client through assessment, planning, sessions and review."
                        : "Open an engagement with a client to take them through assessment, planning, sessions and review."
                    }
                    action={
                      <Link to="/engagements/new" className={buttonClasses("secondary")}>
                        {page.items.length > 0 ? "Open engagement" : "Open your first engagement"}
                      </Link>
                    }
                  />
                ) : (
                  <EngagementSummaryList
                    engagements={open}
                    show={{ client: true, coach: me.isAdmin }}
                    labelledBy="engagements-heading"
                  />
                )
              }
            </QueryState>
          </CardContent>
        </Card>

        <Card className="self-start">
          <CardHeader>
            <CardTitle id="clients-heading">Clients</CardTitle>
          </CardHeader>
          <CardContent>
            <QueryState query={clients} loading="Loading clients…">
              {(page) =>
                page.items.length === 0 ? (
                  <EmptyState
                    icon={UserPlus}
                    title="No clients yet: invite your first client"
                    description="They'll get an invitation with a link to join your practice."
                    action={
                      <Link to="/clients/invite" className={buttonClasses("secondary")}>
                        Invite your first client
                      </Link>
                    }
                  />
                ) : (
                  <ClientList clients={page.items} />
                )
              }
            </QueryState>
          </CardContent>
        </Card>

        <PendingInvitationsCard className="lg:col-span-3" />
      </div>
    </>
  );
}

function ClientList({ clients }: { clients: Client[] }) {
  return (
    <ul aria-labelledby="clients-heading" className="divide-y divide-slate-100">
      {clients.map((client) => (
        <li
          key={client.id}
          className="flex items-center justify-between gap-3 py-3 first:pt-0 last:pb-0"
        >
          <div className="min-w-0">
            <Link
              to={`/clients/${client.id}`}
              className="block truncate font-medium text-slate-900 hover:text-brand-800 hover:underline"
            >
              {client.name}
            </Link>
            <p className="truncate text-sm text-slate-600">{client.email}</p>
            <p className="text-xs text-slate-600">Joined {formatDate(client.joinedAt)}</p>
          </div>
          <span className="shrink-0 rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700">
            {client.engagementCount} {client.engagementCount === 1 ? "engagement" : "engagements"}
          </span>
        </li>
      ))}
    </ul>
  );
}

function PendingInvitationsCard({ className }: { className?: string }) {
  return (
    <Card className={className}>
      <CardHeader>
        <CardTitle id="invitations-heading">Pending invitations</CardTitle>
        <div className="flex gap-4">
          <Link to="/sponsors/invite" className={buttonClasses("link", "sm")}>
            Invite sponsor
          </Link>
          <Link to="/invitations" className={buttonClasses("link", "sm")}>
            View all<span className="sr-only"> invitations</span>
          </Link>
        </div>
      </CardHeader>
      <CardContent>
        <PendingInvitations
          labelledBy="invitations-heading"
          empty="No invitations are waiting for an answer."
        />
      </CardContent>
    </Card>
  );
}
