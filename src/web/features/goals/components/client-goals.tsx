import { Download } from "lucide-react";
import type { EngagementSummary } from "../../../../contract/engagements";
import { buttonClasses } from "../../../components/ui/button";
import { useEngagementGoals } from "../api/goals";
import { GoalSummary } from "./goal-summary";

/** The client's goals in an engagement, on their home: nothing until there is one. */
export function ClientGoals({ engagement }: { engagement: EngagementSummary }) {
  const goals = useEngagementGoals(engagement.id);
  const list = goals.data?.goals.filter((g) => g.state === "open" || g.state === "achieved") ?? [];
  if (list.length === 0) return null;
  const headingId = `goals-${engagement.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold text-slate-900">
          Your goals
        </h3>
        <a
          href={`/api/engagements/${encodeURIComponent(engagement.id)}/goals.pdf`}
          download
          className={buttonClasses("secondary", "sm")}
        >
          <Download aria-hidden="true" />
          Download the plan (PDF)
        </a>
      </div>
      {list.map((goal) => (
        <GoalSummary
          key={goal.id}
          goal={goal}
          headingLevel={4}
          engagementOpen={engagement.stage !== "closed"}
        />
      ))}
    </section>
  );
}
