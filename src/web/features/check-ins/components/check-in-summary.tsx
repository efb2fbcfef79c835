import type { CheckIn } from "../../../../contract/check-ins";
import { ENERGY_WORDS, weekLabel, withUnit } from "./check-in-words";

/** One check-in as read later: each goal's confidence and measure, energy, the win and challenge. */
export function CheckInSummary({ checkIn, heading }: { checkIn: CheckIn; heading?: string }) {
  return (
    <div className="space-y-3 text-sm">
      <p className="font-medium text-slate-900">{heading ?? weekLabel(checkIn.week)}</p>
      <ul className="space-y-2">
        {checkIn.goals.map((goal) => (
          <li key={goal.goalId} className="rounded-md bg-slate-50 px-3 py-2">
            <p className="text-slate-800">{goal.statement}</p>
            <p className="mt-1 text-slate-600">
              Confidence {goal.confidence}/10 · {withUnit(goal.value, goal.unit)}
            </p>
          </li>
        ))}
      </ul>
      <dl className="grid gap-2 sm:grid-cols-[auto_1fr] sm:gap-x-4">
        <dt className="font-medium text-slate-700">Energy</dt>
        <dd className="text-slate-800">
          {checkIn.energy}/5 · {ENERGY_WORDS[checkIn.energy - 1]}
        </dd>
        <dt className="font-medium text-slate-700">Win</dt>
        <dd className="whitespace-pre-wrap text-slate-800">{checkIn.win || "—"}</dd>
        <dt className="font-medium text-slate-700">Challenge</dt>
        <dd className="whitespace-pre-wrap text-slate-800">{checkIn.challenge || "—"}</dd>
        {checkIn.commitmentsDone > 0 ? (
          <>
            <dt className="font-medium text-slate-700">Commitments</dt>
            <dd className="text-slate-800">
              {checkIn.commitmentsDone === 1
                ? "1 marked done"
                : `${checkIn.commitmentsDone} marked done`}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
