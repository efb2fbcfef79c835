import { Link } from "react-router";
import type { ProgrammeSummary } from "../../../../contract/programmes";
import { ScrollTable, TD, TH } from "./scroll-table";
import { useMediaQuery } from "./use-media-query";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function ProgrammeLink({ programme }: { programme: ProgrammeSummary }) {
  return (
    <Link
      to={`/programmes/${encodeURIComponent(programme.id)}`}
      className="font-medium text-brand-700 underline-offset-4 hover:underline"
    >
      {programme.name}
    </Link>
  );
}

/** The practice's programmes: which organisation, how many cohorts and participants. */
export function ProgrammeList({ programmes }: { programmes: ProgrammeSummary[] }) {
  const wide = useMediaQuery("(min-width: 640px)");
  if (!wide) {
    return (
      <ul aria-label="Programmes" className="divide-y divide-slate-100">
        {programmes.map((programme) => (
          <li key={programme.id} className="space-y-0.5 py-3 text-sm">
            <ProgrammeLink programme={programme} />
            <p className="text-slate-700">{programme.organisationName}</p>
            <p className="text-slate-600">
              {count(programme.cohortCount, "cohort", "cohorts")} ·{" "}
              {count(programme.participantCount, "participant", "participants")}
            </p>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ScrollTable label="Programmes">
      <thead>
        <tr className="border-b border-slate-200">
          <th scope="col" className={TH}>
            Programme
          </th>
          <th scope="col" className={TH}>
            Organisation
          </th>
          <th scope="col" className={`${TH} text-right`}>
            Cohorts
          </th>
          <th scope="col" className={`${TH} text-right`}>
            Participants
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {programmes.map((programme) => (
          <tr key={programme.id}>
            <th scope="row" className={TD}>
              <ProgrammeLink programme={programme} />
            </th>
            <td className={TD}>{programme.organisationName}</td>
            <td className={`${TD} text-right tabular-nums`}>{programme.cohortCount}</td>
            <td className={`${TD} text-right tabular-nums`}>{programme.participantCount}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
