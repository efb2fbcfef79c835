import { CircleCheck } from "lucide-react";
import type { ParticipantColumnName, RowProblem } from "../../../../contract/programmes";

export const COLUMN_HEADINGS: Record<ParticipantColumnName, string> = {
  name: "Name",
  email: "Email",
  manager: "Manager",
  cohort: "Cohort",
};

/** A row's problems in words, each with the column it is in. */
export function RowProblems({ problems }: { problems: RowProblem[] }) {
  return (
    <ul className="space-y-1 text-red-800">
      {problems.map((problem) => (
        <li key={`${problem.column}:${problem.message}`}>
          {problem.column ? (
            <span className="font-semibold">{COLUMN_HEADINGS[problem.column]}: </span>
          ) : null}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}

/** A row that will be imported: a new person is invited, a client of the practice is added. */
export function RowReady({ existingClient = false }: { existingClient?: boolean }) {
  return (
    <span className="inline-flex items-start gap-1 text-emerald-800">
      <CircleCheck className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      {existingClient ? "Already a client of the practice: will be added" : "Ready"}
    </span>
  );
}

export function EmptyCell() {
  return <span className="text-slate-600 italic">(empty)</span>;
}
