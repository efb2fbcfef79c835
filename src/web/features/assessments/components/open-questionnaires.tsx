import { ArrowRight, ClipboardList } from "lucide-react";
import { Link } from "react-router";
import { buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import type { AssessmentSummary, EngagementSummary } from "../../../lib/api-types";
import { formatDate } from "../../../lib/format-date";
import { useAssessmentsOfEngagements } from "../api/list-engagement-assessments";
import { AnsweredBar, answeredText, isOpen, takeLabel } from "./assessment-status";

/**
 * The client's next thing to do: each questionnaire still open in their engagements, with a
 * button to start or continue it. Shows nothing when there is none (or while loading: the
 * engagements below carry the page meanwhile).
 */
export function OpenQuestionnaires({ engagements }: { engagements: EngagementSummary[] }) {
  const active = engagements.filter((engagement) => engagement.stage !== "closed");
  const lists = useAssessmentsOfEngagements(active.map((engagement) => engagement.id));
  const open = lists.flatMap((list, index) =>
    (list.data ?? []).filter(isOpen).map((assessment) => ({
      assessment,
      engagement: active[index] as EngagementSummary,
    })),
  );
  if (open.length === 0) return null;
  const several = active.length > 1;

  return (
    <Card className="border-brand-200">
      <section aria-labelledby="next-step-heading">
        <CardHeader>
          <div>
            <CardTitle id="next-step-heading" className="text-lg">
              Your next step
            </CardTitle>
            <CardDescription>
              {open.length === 1
                ? "Your coach has asked you to fill in a questionnaire."
                : `Your coach has asked you to fill in ${open.length} questionnaires.`}{" "}
              Your answers are saved as you go, so you can stop and continue later.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          <ul aria-labelledby="next-step-heading" className="space-y-3">
            {open.map(({ assessment, engagement }) => (
              <OpenQuestionnaire
                key={assessment.id}
                assessment={assessment}
                engagementTitle={several ? engagement.title : null}
              />
            ))}
          </ul>
        </CardContent>
      </section>
    </Card>
  );
}

function OpenQuestionnaire({
  assessment,
  engagementTitle,
}: {
  assessment: AssessmentSummary;
  engagementTitle: string | null;
}) {
  const name = assessment.instrument.shortName;
  const facts = [
    assessment.answered > 0
      ? answeredText(assessment)
      : `${assessment.itemCount} statements, about ${assessment.instrument.minutes} minutes`,
    assessment.dueDate ? `due ${formatDate(assessment.dueDate)}` : null,
    engagementTitle ? `for ${engagementTitle}` : null,
  ].filter(Boolean);
  return (
    <li className="flex flex-col gap-4 rounded-lg border border-brand-100 bg-brand-50 p-4 sm:flex-row sm:items-center">
      <span className="hidden size-10 shrink-0 items-center justify-center rounded-lg bg-white text-brand-700 sm:flex">
        <ClipboardList className="size-5" aria-hidden="true" />
      </span>
      <div className="min-w-0 flex-1 space-y-1.5">
        <p className="font-semibold text-slate-900">{name}</p>
        <p className="text-sm text-slate-700">{facts.join(" · ")}</p>
        {assessment.answered > 0 ? (
          <AnsweredBar
            answered={assessment.answered}
            itemCount={assessment.itemCount}
            className="max-w-xs bg-white"
          />
        ) : null}
      </div>
      <Link
        to={`/assessments/${assessment.id}`}
        className={buttonClasses("primary", "md", "self-start sm:self-center")}
      >
        {takeLabel(assessment)}
        <span className="sr-only">: {name}</span>
        <ArrowRight aria-hidden="true" />
      </Link>
    </li>
  );
}
