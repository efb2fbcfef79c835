import { ArrowRight } from "lucide-react";
import { Link } from "react-router";
import type { Goal } from "../../../../contract/goals";
import { formatDate } from "../../../lib/format-date";
import { GoalProgress } from "./goal-progress";
import { GoalStatusLine } from "./goal-status";
import { LatestAndNext } from "./measurement-form";

/**
 * One goal in a list: its statement, status in words, chart, and the last measurement and, while
 * the engagement is open, the form for the next.
 */
export function GoalSummary({
  goal,
  headingLevel = 3,
  engagementOpen,
}: {
  goal: Goal;
  headingLevel?: 3 | 4;
  engagementOpen: boolean;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const headingId = `goal-${goal.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="space-y-4 rounded-xl border border-slate-200 p-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <Heading id={headingId} className="text-base font-semibold text-slate-900">
            <Link to={`/goals/${goal.id}`} className="hover:underline">
              {goal.statement}
            </Link>
          </Heading>
          <p className="text-sm text-slate-600">
            {goal.measure ? `${goal.measure.what}, ${goal.measure.unit}` : "No measure yet"}
            {goal.dueDate ? ` · due ${formatDate(goal.dueDate)}` : ""}
          </p>
        </div>
        <Link
          to={`/goals/${goal.id}`}
          className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline"
        >
          Open goal<span className="sr-only">: {goal.statement}</span>
          <ArrowRight aria-hidden="true" className="size-4" />
        </Link>
      </div>
      <GoalStatusLine status={goal.status} />
      <GoalProgress goal={goal} />
      <LatestAndNext goal={goal} measurable={engagementOpen} />
    </article>
  );
}
