import { Link } from "react-router";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { useGoalsAtRisk } from "../api/due-this-week";
import { GoalStatusBadge } from "./goal-status";

/**
 * On the coach's home: which of their clients have goals at risk or off track, off track first,
 * each linking to its engagement. Nothing shows while every measured goal is on track.
 */
export function GoalsAtRisk() {
  const goals = useGoalsAtRisk();
  const list = goals.data?.goals ?? [];
  if (list.length === 0) return null;
  return (
    <Card className="mb-6">
      <CardHeader>
        <CardTitle id="goals-at-risk-heading">Your clients’ goals that need attention</CardTitle>
      </CardHeader>
      <CardContent>
        <ul aria-labelledby="goals-at-risk-heading" className="divide-y divide-slate-200">
          {list.map((goal) => (
            <li key={goal.goalId} className="py-3 first:pt-0 last:pb-0">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <Link
                  to={`/engagements/${goal.engagement.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {goal.client.name}
                  <span className="font-normal text-slate-600"> · {goal.engagement.title}</span>
                </Link>
                <GoalStatusBadge status={goal.status} />
              </div>
              <p className="mt-1 text-sm text-slate-900">{goal.statement}</p>
              <p className="text-sm text-slate-600">{goal.status.explanation}</p>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
