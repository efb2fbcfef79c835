import type { CheckInFormCommitment } from "../../../../contract/check-ins";

/** "Friday 12 December" for a due date. */
function dueLabel(dueOn: string): string {
  const date = new Date(`${dueOn}T12:00:00Z`);
  return date.toLocaleDateString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  });
}

/** The client's open commitments due this week, each to tick once done. */
export function CommitmentsDone({
  commitments,
  done,
  onChange,
  problems,
}: {
  commitments: CheckInFormCommitment[];
  done: ReadonlySet<string>;
  onChange: (id: string, done: boolean) => void;
  problems: Record<string, string>;
}) {
  if (commitments.length === 0) return null;
  // The server names a problem by its place among those ticked, as they are sent.
  const ticked = commitments.filter((c) => done.has(c.id)).map((c) => c.id);
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 font-medium text-slate-900">Commitments done</legend>
      <p className="text-sm text-slate-600">Tick those you have done; the rest stay open.</p>
      <ul className="space-y-2">
        {commitments.map((commitment) => {
          const problem = problems[`commitmentsDone.${ticked.indexOf(commitment.id)}`];
          return (
            <li key={commitment.id}>
              <label className="flex cursor-pointer items-start gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="commitmentsDone"
                  value={commitment.id}
                  checked={done.has(commitment.id)}
                  onChange={(event) => onChange(commitment.id, event.target.checked)}
                  className="mt-0.5 size-4 accent-brand-700"
                />
                <span>
                  {commitment.text}
                  <span className="block text-slate-500">Due {dueLabel(commitment.dueOn)}</span>
                </span>
              </label>
              {problem ? <p className="mt-1 text-sm text-red-700">{problem}</p> : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
