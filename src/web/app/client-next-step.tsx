import { ArrowRight } from "lucide-react";
import { Link } from "react-router";
import type { EngagementSummary } from "../../contract/engagements";
import type { CampaignSummary } from "../../contract/feedback";
import { type ClientWork, clientNextStep } from "../../domain/engagement/client-next-step";
import { buttonClasses } from "../components/ui/button";
import { useAssessmentsOfEngagements } from "../features/assessments/api/list-engagement-assessments";
import { isOpen as isOpenQuestionnaire } from "../features/assessments/components/assessment-status";
import { useExercisesOfEngagements } from "../features/exercises/api/list-engagement-exercises";
import { isOpen as isOpenExercise } from "../features/exercises/components/exercise-status";
import { useEngagementCampaigns } from "../features/feedback/api/list-engagement-campaigns";
import { reportPath } from "../features/feedback/components/campaign-actions";
import { formatDate } from "../lib/format-date";

/**
 * "What comes next" on a client's engagement card, from what is actually open in it and the 360
 * reports released to read (each linked); the stage's words while the lists load.
 */
export function ClientNextStep({ engagement }: { engagement: EngagementSummary }) {
  const [questionnaires] = useAssessmentsOfEngagements([engagement.id]);
  const [exercises] = useExercisesOfEngagements([engagement.id]);
  const campaigns = useEngagementCampaigns(engagement.id);
  const loaded = questionnaires?.data && exercises?.data && campaigns.data;
  const released = (campaigns.data ?? [])
    .filter((campaign) => campaign.status === "released")
    .sort((a, b) => (b.releasedAt ?? "").localeCompare(a.releasedAt ?? ""));
  const text = loaded
    ? clientNextStep(engagement.stage, {
        questionnaires: (questionnaires.data ?? []).filter(isOpenQuestionnaire).length,
        exercises: (exercises.data ?? []).filter(isOpenExercise).length,
        ...feedbackWork(campaigns.data ?? []),
      })
    : engagement.nextStep;

  return (
    <div className="space-y-3">
      <p className="mt-1 text-sm text-slate-800">{text}</p>
      {released.length > 0 ? (
        <div className="flex flex-wrap gap-2">
          {released.map((campaign) => (
            <Link
              key={campaign.id}
              to={reportPath(campaign.id)}
              className={buttonClasses("primary", "sm")}
            >
              {released.length > 1 && campaign.releasedAt
                ? `Your 360 report, ${formatDate(campaign.releasedAt)}`
                : "Read your 360 feedback report"}
              <ArrowRight aria-hidden="true" />
            </Link>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** What the client's 360 campaigns ask of them, or wait on. */
function feedbackWork(
  campaigns: CampaignSummary[],
): Omit<ClientWork, "questionnaires" | "exercises"> {
  const count = (test: (campaign: CampaignSummary) => boolean) => campaigns.filter(test).length;
  return {
    nominations: count((c) => c.status === "nominating"),
    selfRatings: count((c) => c.status === "collecting" && !c.selfRated),
    reportsReleased: count((c) => c.status === "released"),
    feedbackUnderway: count(
      (c) =>
        c.status === "approval" ||
        c.status === "closed" ||
        (c.status === "collecting" && c.selfRated),
    ),
  };
}
