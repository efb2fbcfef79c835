import { Briefcase } from "lucide-react";
import { Link } from "react-router";
import type { Me } from "../../../../contract/accounts";
import type { EngagementSummary } from "../../../../contract/engagements";
import { QueryState } from "../../../components/query-state";
import { SessionsPlanned } from "../../../components/sessions-planned";
import { StageBadge } from "../../../components/stage-badge";
import { Card, CardContent } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { PageHeader } from "../../../components/ui/page-header";
import { useFirstEngagementPage } from "../../../lib/api/list-engagements";
import { formatDate } from "../../../lib/format-date";
import { firstName } from "./first-name";
import { ViewAllEngagements } from "./view-all-engagements";

/** A sponsor's home: the engagements they sponsor, facts only. */
export function SponsorHome({ me }: { me: Me }) {
  const engagements = useFirstEngagementPage();
  const all = engagements.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={`Hello, ${firstName(me.name)}`}
        description={`The engagements you sponsor with ${me.practice.name}. You see the facts (dates, stage and sessions) and what each client agreed to share. What clients discuss with their coach stays private.`}
      />
      <h2 id="sponsored-heading" className="mb-3 text-lg font-semibold text-slate-900">
        Sponsored engagements
      </h2>
      <QueryState query={engagements} loading="Loading engagements…">
        {() =>
          all.length === 0 ? (
            <EmptyState
              icon={Briefcase}
              title="No sponsored engagements yet"
              description="When a coach names you as the sponsor of an engagement, it appears here."
            />
          ) : (
            <>
              <ul aria-labelledby="sponsored-heading" className="grid gap-4 md:grid-cols-2">
                {all.map((engagement) => (
                  <li key={engagement.id}>
                    <SponsoredEngagementCard engagement={engagement} />
                  </li>
                ))}
              </ul>
              {engagements.data?.nextCursor ? <ViewAllEngagements /> : null}
            </>
          )
        }
      </QueryState>
    </>
  );
}

function SponsoredEngagementCard({ engagement }: { engagement: EngagementSummary }) {
  return (
    <Card className="relative h-full transition-shadow hover:shadow-md">
      <CardContent className="space-y-4 pt-5 sm:pt-6">
        <div className="flex items-start justify-between gap-3">
          <h3 className="font-semibold text-slate-900">
            <Link
              to={`/engagements/${engagement.id}`}
              className="after:absolute after:inset-0 hover:text-brand-800"
            >
              {engagement.title}
            </Link>
          </h3>
          <StageBadge stage={engagement.stage} />
        </div>
        <dl className="grid grid-cols-2 gap-3 text-sm">
          <div>
            <dt className="text-slate-600">Client</dt>
            <dd className="font-medium text-slate-900">{engagement.client.name}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Coach</dt>
            <dd className="font-medium text-slate-900">{engagement.coach.name}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Start date</dt>
            <dd className="font-medium text-slate-900">{formatDate(engagement.startDate)}</dd>
          </div>
        </dl>
        <SessionsPlanned planned={engagement.sessionsPlanned} />
      </CardContent>
    </Card>
  );
}
