import { useId } from "react";
import type { SessionPage } from "../../../../contract/sessions";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { TextLink } from "../../../components/ui/text-link";
import { formatDateTime } from "../../../lib/format-date";

/** The plan versions saved from this session, and a way into each open goal's plan from it. */
export function PlanAdjustmentsCard({ page }: { page: SessionPage }) {
  const id = useId();
  const { planChanges, openGoals, mayWork } = page;
  return (
    <Card>
      <section aria-labelledby={`${id}-heading`}>
        <CardHeader>
          <div>
            <CardTitle id={`${id}-heading`}>Plan adjustments</CardTitle>
            <CardDescription>
              Strategies changed in the session are saved as a new version of the goal's action
              plan, linked to this session.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-4">
          {planChanges.length === 0 ? (
            <p className="text-sm text-slate-600 italic">No plan changed in this session yet.</p>
          ) : (
            <ul className="space-y-2 text-sm text-slate-800">
              {planChanges.map((change) => (
                <li key={`${change.goalId}-${change.version}`} className="break-words">
                  Plan changed in this session:{" "}
                  <TextLink to={`/goals/${change.goalId}`}>{change.goalStatement}</TextLink>,
                  version {change.version}
                  <span className="text-slate-600">
                    {" "}
                    · {change.changedBy.name}, {formatDateTime(change.changedAt)}
                  </span>
                  {change.reason ? (
                    <span className="block text-slate-600">{change.reason}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {mayWork.adjustPlan && openGoals.length > 0 ? (
            <div className="space-y-2">
              <h3 className="text-sm font-medium text-slate-800">Open goals</h3>
              <ul className="space-y-2 text-sm">
                {openGoals.map((goal) => (
                  <li key={goal.id} className="break-words">
                    <span className="block text-slate-800">{goal.statement}</span>
                    <TextLink
                      to={`/goals/${goal.id}?session=${encodeURIComponent(page.session.id)}#plan`}
                    >
                      Adjust the plan from this session
                      <span className="sr-only">: {goal.statement}</span>
                    </TextLink>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </CardContent>
      </section>
    </Card>
  );
}
