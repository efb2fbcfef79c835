import { Link } from "react-router";
import type { ProgrammeHealth } from "../../../../contract/programme-impact";
import type { Programme } from "../../../../contract/programmes";
import { QueryState } from "../../../components/query-state";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { useProgrammeHealth } from "../api/get-health";

type Figures = ProgrammeHealth["overall"];

/** The admin's programme health: per cohort and overall, and each coach's load. */
export function HealthSection({ programme }: { programme: Programme }) {
  const health = useProgrammeHealth(programme.id);
  return (
    <Card>
      <section aria-labelledby="health-heading">
        <CardHeader>
          <div>
            <CardTitle id="health-heading">Health</CardTitle>
            <CardDescription>
              Sessions used against those planned, and how many engagements have an early warning.
              Only their coach sees why.{" "}
              <Link
                to={`/programmes/${encodeURIComponent(programme.id)}/impact`}
                className="font-medium text-brand-700 underline-offset-4 hover:underline"
              >
                See what the sponsor sees
              </Link>
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-6">
          <QueryState query={health} loading="Loading the programme's health…">
            {(data) => (
              <>
                <ul className="space-y-4">
                  <HealthRow name="Whole programme" figures={data.overall} />
                  {data.cohorts.map((cohort) => (
                    <HealthRow key={cohort.cohortId} name={cohort.name} figures={cohort} />
                  ))}
                </ul>
                <CoachLoads coaches={data.coaches} />
              </>
            )}
          </QueryState>
        </CardContent>
      </section>
    </Card>
  );
}

function HealthRow({ name, figures }: { name: string; figures: Figures }) {
  const items = [
    { label: "Joined", value: `${figures.joined} of ${figures.participants}` },
    { label: "Coach matched", value: String(figures.engagements) },
    { label: "Sessions used", value: `${figures.sessionsUsed} of ${figures.sessionsPlanned}` },
    { label: "At risk", value: String(figures.atRisk) },
  ];
  return (
    <li>
      <h3 className="mb-2 text-sm font-semibold break-words text-slate-900">{name}</h3>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {items.map((item) => (
          <div key={item.label} className="rounded-md bg-slate-50 px-3 py-2">
            <dt className="text-xs text-slate-600">{item.label}</dt>
            <dd className="font-semibold text-slate-900 tabular-nums">{item.value}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

function CoachLoads({ coaches }: { coaches: ProgrammeHealth["coaches"] }) {
  return (
    <div>
      <h3 className="mb-2 text-sm font-semibold text-slate-900">Coaches</h3>
      {coaches.length === 0 ? (
        <p className="text-sm text-slate-600">
          No coach has an open engagement in this programme yet.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {coaches.map((coach) => (
            <li key={coach.coachId} className="flex flex-wrap justify-between gap-x-4 py-2">
              <span className="font-medium break-words text-slate-900">{coach.name}</span>
              <span className="text-slate-600 tabular-nums">
                {coach.programmeEngagements} here · {coach.openEngagements} open of {coach.capacity}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
