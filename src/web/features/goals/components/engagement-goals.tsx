import { Download, Plus, Target } from "lucide-react";
import { Link } from "react-router";
import type { Me } from "../../../../contract/accounts";
import type { EngagementSummary } from "../../../../contract/engagements";
import { ErrorState } from "../../../components/error-state";
import { buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { isApiError } from "../../../lib/api-client";
import { useEngagementGoals } from "../api/goals";
import { GoalSummary } from "./goal-summary";

type EngagementGoalsProps = { engagement: EngagementSummary; me: Me; className?: string };

/** The engagement's goals, for its client and coach only: each with status, chart and the next measurement. */
export function EngagementGoals({ engagement, me, className }: EngagementGoalsProps) {
  const isClient = me.role === "client" && engagement.client.id === me.id;
  const mayAsk = isClient || (me.role === "coach" && engagement.coach.id === me.id);
  const goals = useEngagementGoals(engagement.id, { enabled: mayAsk });
  if (!mayAsk || isApiError(goals.error, 403)) return null;
  const open = engagement.stage !== "closed";

  return (
    <Card className={className}>
      <section aria-labelledby="goals-heading">
        <CardHeader>
          <div className="min-w-0">
            <CardTitle id="goals-heading">Goals</CardTitle>
            <CardDescription className="max-w-2xl">
              {isClient ? "Your" : `${engagement.client.name.split(" ")[0]}'s`} goals, each measured
              against a straight line from its baseline to its target.
            </CardDescription>
          </div>
          <div className="flex flex-wrap gap-2">
            {goals.data?.goals.length ? (
              <a
                href={`/api/engagements/${encodeURIComponent(engagement.id)}/goals.pdf`}
                download
                className={buttonClasses("secondary", "sm")}
              >
                <Download aria-hidden="true" />
                Download the plan (PDF)
              </a>
            ) : null}
            {open ? (
              <Link
                to={`/engagements/${engagement.id}/goals/new`}
                className={buttonClasses("secondary", "sm")}
              >
                <Plus aria-hidden="true" />
                Add a goal
              </Link>
            ) : null}
          </div>
        </CardHeader>
        <CardContent className="space-y-4">
          {goals.isPending ? (
            <p role="status" className="text-sm text-slate-600">
              Loading goals…
            </p>
          ) : goals.error ? (
            <ErrorState error={goals.error} onRetry={() => void goals.refetch()} />
          ) : goals.data.goals.length === 0 ? (
            <div className="flex items-start gap-3 rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-700">
              <Target aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-slate-500" />
              <p>
                No goals yet. Write one from a development area of the profile: what will change,
                how it is measured, and by when.
              </p>
            </div>
          ) : (
            goals.data.goals.map((goal) => (
              <GoalSummary key={goal.id} goal={goal} engagementOpen={open} />
            ))
          )}
        </CardContent>
      </section>
    </Card>
  );
}
