import type { ReactNode } from "react";
import type { EngagementSummary } from "../../../../contract/engagements";
import { formatDate } from "../../../lib/format-date";

/** The facts every role may see: people, dates and sessions. */
export function EngagementFacts({ engagement }: { engagement: EngagementSummary }) {
  return (
    <dl className="divide-y divide-slate-100 text-sm">
      <Fact label="Client">{engagement.client.name}</Fact>
      <Fact label="Coach">{engagement.coach.name}</Fact>
      <Fact label="Sponsor">
        {engagement.sponsor ? (
          engagement.sponsor.name
        ) : (
          <span className="text-slate-600">None</span>
        )}
      </Fact>
      <Fact label="Start date">{formatDate(engagement.startDate)}</Fact>
      {engagement.plannedEndDate ? (
        <Fact label="Planned end">{formatDate(engagement.plannedEndDate)}</Fact>
      ) : null}
      <Fact label="Opened on">{formatDate(engagement.createdAt)}</Fact>
      <Fact label="Sessions planned">{engagement.sessionsPlanned}</Fact>
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-4 py-3 first:pt-0 last:pb-0">
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-right font-medium text-slate-900">{children}</dd>
    </div>
  );
}
