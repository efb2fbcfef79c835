import type { SponsorEngagementViewResponse } from "../../../../contract/agreements";
import { GOAL_OUTCOME_LABELS } from "../../../../domain/review/reflection-questions";
import { StageBadge } from "../../../components/stage-badge";

type View = SponsorEngagementViewResponse;

/** The engagement as its sponsor sees it: the stage, sessions used against planned, the goals. */
export function SponsorGoals({ view }: { view: View }) {
  const { used, planned } = view.sessions;
  return (
    <div className="space-y-3 text-sm">
      <dl className="grid gap-2 sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">Stage</dt>
          <dd className="mt-1">
            <StageBadge stage={view.stage} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Sessions</dt>
          <dd className="mt-1 font-medium text-slate-900">
            {planned === null ? `${used} used` : `${used} of ${planned} used`}
          </dd>
        </div>
      </dl>
      {view.goals.length === 0 ? (
        <p className="text-slate-700">No goals are shown to the sponsor.</p>
      ) : (
        <ul className="space-y-2" aria-label="Goals the sponsor sees">
          {view.goals.map((goal) => (
            <li key={goal.id} className="rounded-lg border border-slate-200 p-3">
              <p className="break-words font-medium text-slate-900">{goal.title}</p>
              {goal.status ? <p className="text-slate-700">Status: {goal.status.label}</p> : null}
              {goal.outcome ? (
                <p className="text-slate-700">
                  Outcome: {outcomeWords(goal.outcome.client, "client")},{" "}
                  {outcomeWords(goal.outcome.coach, "coach")}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {view.summary ? (
        <p className="whitespace-pre-line break-words text-slate-800">{view.summary}</p>
      ) : null}
    </div>
  );
}

const outcomeWords = (outcome: keyof typeof GOAL_OUTCOME_LABELS | null, who: string) =>
  `${outcome ? GOAL_OUTCOME_LABELS[outcome].toLowerCase() : "not given"} by the ${who}`;
