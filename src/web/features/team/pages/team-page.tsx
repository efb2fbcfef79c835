import { Users } from "lucide-react";
import type { Coach } from "../../../../contract/practice";
import { InvitePersonForm } from "../../../components/invite-person-form";
import { PendingInvitations } from "../../../components/pending-invitations";
import { QueryState } from "../../../components/query-state";
import { Badge } from "../../../components/ui/badge";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { PageHeader } from "../../../components/ui/page-header";
import { useCreateInvitation } from "../../../lib/api/create-invitation";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";
import { useCoaches } from "../api/list-coaches";

/** The admin's page for the practice's coaches and coach invitations. */
export function TeamPage() {
  useDocumentTitle("Team");
  const me = useCurrentUser();
  const coaches = useCoaches();
  const invite = useCreateInvitation();

  return (
    <>
      <PageHeader
        title="Team"
        description={`The coaches of ${me.practice.name}. Invited coaches run their own engagements; admins also see the whole practice.`}
      />
      <div className="grid gap-6 lg:grid-cols-5">
        <Card className="self-start lg:col-span-3">
          <CardHeader>
            <CardTitle id="coaches-heading">Coaches</CardTitle>
          </CardHeader>
          <CardContent>
            <QueryState query={coaches} loading="Loading coaches…">
              {(data) =>
                data.length === 0 ? (
                  <EmptyState
                    icon={Users}
                    title="No coaches yet"
                    description="Invite the first coach of your practice."
                  />
                ) : (
                  <CoachList coaches={data} meId={me.id} />
                )
              }
            </QueryState>
          </CardContent>
        </Card>

        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader>
              <div>
                <CardTitle>Invite a coach</CardTitle>
                <CardDescription>
                  They'll get an invitation with a link to join {me.practice.name}.
                </CardDescription>
              </div>
            </CardHeader>
            <CardContent>
              <InvitePersonForm
                submitLabel="Invite coach"
                pending={invite.isPending}
                error={invite.error}
                sent={invite.data}
                onInvite={(values, done) => invite.mutate({ ...values, role: "coach" }, done)}
              />
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle id="coach-invitations-heading">Pending coach invitations</CardTitle>
            </CardHeader>
            <CardContent>
              <PendingInvitations
                forRole="coach"
                labelledBy="coach-invitations-heading"
                empty="No coach invitations are waiting for an answer."
                showInviter
              />
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}

function CoachList({ coaches, meId }: { coaches: Coach[]; meId: string }) {
  return (
    <ul aria-labelledby="coaches-heading" className="divide-y divide-slate-100">
      {coaches.map((coach) => (
        <li key={coach.id} className="flex items-center gap-3 py-3 first:pt-0 last:pb-0">
          <span
            aria-hidden="true"
            className="flex size-9 shrink-0 items-center justify-center rounded-full bg-slate-100 text-sm font-semibold text-slate-700"
          >
            {coach.name.trim().charAt(0).toUpperCase() || "?"}
          </span>
          <div className="min-w-0 flex-1">
            <p className="truncate font-medium text-slate-900">
              {coach.name}
              {coach.id === meId ? (
                <span className="font-normal text-slate-600"> (you)</span>
              ) : null}
            </p>
            <p className="truncate text-sm text-slate-600">{coach.email}</p>
          </div>
          {coach.isAdmin ? <Badge tone="brand">Admin</Badge> : <Badge>Coach</Badge>}
        </li>
      ))}
    </ul>
  );
}
