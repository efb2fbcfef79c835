import { Upload, Users } from "lucide-react";
import { Link } from "react-router";
import type { Participant, ParticipantStatus, Programme } from "../../../../contract/programmes";
import { QueryState } from "../../../components/query-state";
import { Badge, type BadgeTone } from "../../../components/ui/badge";
import { buttonClasses } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { useParticipants } from "../api/list-participants";
import { MatchCell } from "./match-cell";
import { ScrollTable, TD, TH } from "./scroll-table";
import { useMediaQuery } from "./use-media-query";

const STATUS: Record<ParticipantStatus, { label: string; tone: BadgeTone }> = {
  invited: { label: "Invited", tone: "info" },
  joined: { label: "Joined", tone: "success" },
  expired: { label: "Invitation expired", tone: "warning" },
  revoked: { label: "Invitation revoked", tone: "neutral" },
};

/** Every participant with their cohort and whether they joined. */
export function ParticipantsCard({ programme }: { programme: Programme }) {
  const participants = useParticipants(programme.id);
  const importLink = `/programmes/${encodeURIComponent(programme.id)}/import`;
  return (
    <Card>
      <section aria-labelledby="participants-heading">
        <CardHeader>
          <CardTitle id="participants-heading">Participants</CardTitle>
          <Link to={importLink} className={buttonClasses("secondary", "sm")}>
            <Upload aria-hidden="true" />
            Import participants
          </Link>
        </CardHeader>
        <CardContent>
          <QueryState query={participants} loading="Loading participants…">
            {({ participants: people }) =>
              people.length === 0 ? (
                <EmptyState
                  icon={Users}
                  title="No participants yet"
                  description="Import them from a spreadsheet saved as CSV: each is invited to join."
                />
              ) : (
                <ParticipantRows people={people} programme={programme} />
              )
            }
          </QueryState>
        </CardContent>
      </section>
    </Card>
  );
}

function ParticipantRows({ people, programme }: { people: Participant[]; programme: Programme }) {
  const wide = useMediaQuery("(min-width: 640px)");
  const cohortName = new Map(programme.cohorts.map((cohort) => [cohort.id, cohort.name]));
  const cohortOf = (person: Participant) => cohortName.get(person.cohortId) ?? "—";
  const joined = people.filter((person) => person.status === "joined").length;
  return (
    <>
      <p className="mb-3 text-sm text-slate-600">
        {people.length} {people.length === 1 ? "participant" : "participants"} · {joined} joined
      </p>
      {wide ? (
        <ParticipantTable people={people} cohortOf={cohortOf} programmeId={programme.id} />
      ) : (
        <ParticipantCards people={people} cohortOf={cohortOf} programmeId={programme.id} />
      )}
    </>
  );
}

type RowsProps = {
  people: Participant[];
  cohortOf: (person: Participant) => string;
  programmeId: string;
};

function ParticipantCards({ people, cohortOf, programmeId }: RowsProps) {
  return (
    <ul aria-label="Every participant" className="divide-y divide-slate-100">
      {people.map((person) => (
        <li key={person.id} className="space-y-0.5 py-3 text-sm">
          <div className="flex items-start justify-between gap-2">
            <p className="font-medium break-words text-slate-900">{person.name}</p>
            <StatusBadge status={person.status} />
          </div>
          <p className="[overflow-wrap:anywhere] text-slate-700">{person.email}</p>
          <p className="text-slate-600">
            {cohortOf(person)}
            {person.managerEmail ? ` · manager ${person.managerEmail}` : ""}
          </p>
          {person.status === "joined" ? (
            <div className="pt-1">
              <MatchCell programmeId={programmeId} participant={person} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

const StatusBadge = ({ status }: { status: ParticipantStatus }) => (
  <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>
);

function ParticipantTable({ people, cohortOf, programmeId }: RowsProps) {
  return (
    <ScrollTable label="Every participant">
      <thead>
        <tr className="border-b border-slate-200">
          {["Name", "Email and manager", "Cohort", "Status", "Coach"].map((column) => (
            <th key={column} scope="col" className={TH}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {people.map((person) => (
          <tr key={person.id}>
            <th scope="row" className={`${TD} font-medium text-slate-900`}>
              {person.name}
            </th>
            <td className={TD}>
              {person.email}
              {person.managerEmail ? (
                <span className="block text-xs text-slate-500">Manager: {person.managerEmail}</span>
              ) : null}
            </td>
            <td className={TD}>{cohortOf(person)}</td>
            <td className={TD}>
              <StatusBadge status={person.status} />
            </td>
            <td className={TD}>
              <MatchCell programmeId={programmeId} participant={person} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
