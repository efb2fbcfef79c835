import { ArrowRight, Compass } from "lucide-react";
import { Link } from "react-router";
import type { Me } from "../../contract/accounts";
import type { EngagementSummary } from "../../contract/engagements";
import { FINAL_REPORT_STAGES } from "../../domain/review/report-sharing";
import { QueryState } from "../components/query-state";
import { StageBadge } from "../components/stage-badge";
import { StageStepper } from "../components/stage-stepper";
import { buttonClasses } from "../components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../components/ui/card";
import { EmptyState } from "../components/ui/empty-state";
import { PageHeader } from "../components/ui/page-header";
import { WorthCelebrating } from "../features/accountability/components/worth-celebrating";
import {
  OpenQuestionnaires,
  useQuestionnairesWaiting,
} from "../features/assessments/components/open-questionnaires";
import { OpenExercises } from "../features/exercises/components/open-exercises";
import { finalReportPath } from "../features/final-report/api/final-report";
import { ClientGoals } from "../features/goals/components/client-goals";
import { firstName } from "../features/home/components/first-name";
import { ViewAllEngagements } from "../features/home/components/view-all-engagements";
import { MyShortlistCard } from "../features/programmes/components/my-shortlist-card";
import { reviewPath } from "../features/review/components/engagement-reflections";
import { EngagementSessions } from "../features/sessions/components/engagement-sessions";
import { ToDoList } from "../features/sessions/components/to-do-list";
import { SustainPlanCard } from "../features/sustain/components/sustain-plan-card";
import { useFirstEngagementPage } from "../lib/api/list-engagements";
import { formatDate } from "../lib/format-date";
import { ClientNextStep } from "./client-next-step";

/** A client's home: each engagement with its stage, sessions and what comes next. */
export function ClientHome({ me }: { me: Me }) {
  const engagements = useFirstEngagementPage();
  const sorted = [...(engagements.data?.items ?? [])].sort(
    (a, b) => Number(a.stage === "closed") - Number(b.stage === "closed"),
  );

  return (
    <>
      <PageHeader
        title={`Hello, ${firstName(me.name)}`}
        description={`Your coaching with ${me.practice.name}.`}
      />
      <MyShortlistCard />
      <QueryState query={engagements} loading="Loading your coaching…">
        {() =>
          sorted.length === 0 ? (
            <EmptyState
              icon={Compass}
              title="No engagement yet"
              description="Your coach will open an engagement with you soon. You'll see its stages and your next step here."
            />
          ) : (
            <div className="space-y-6">
              <OpenWork engagements={sorted} />
              {sorted.map((engagement) => (
                <ClientEngagementCard key={engagement.id} engagement={engagement} me={me} />
              ))}
              {engagements.data?.nextCursor ? <ViewAllEngagements /> : null}
            </div>
          )
        }
      </QueryState>
    </>
  );
}

/** The open questionnaires come first; the open exercises follow, or are the next step. */
function OpenWork({ engagements }: { engagements: EngagementSummary[] }) {
  const questionnairesWaiting = useQuestionnairesWaiting(engagements);
  return (
    <>
      <OpenQuestionnaires engagements={engagements} />
      <OpenExercises
        engagements={engagements}
        first={questionnairesWaiting === null ? null : !questionnairesWaiting}
      />
    </>
  );
}

function ClientEngagementCard({ engagement, me }: { engagement: EngagementSummary; me: Me }) {
  const headingId = `engagement-${engagement.id}`;
  return (
    <Card>
      <section aria-labelledby={headingId}>
        <CardHeader>
          <div className="min-w-0">
            <div className="flex flex-wrap items-center gap-2">
              <CardTitle id={headingId} className="text-lg">
                {engagement.title}
              </CardTitle>
              <StageBadge stage={engagement.stage} />
            </div>
            <CardDescription>
              With your coach {engagement.coach.name} · started {formatDate(engagement.startDate)}
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-6">
          <WorthCelebrating engagementId={engagement.id} title={engagement.title} heading="h3" />
          <StageStepper stage={engagement.stage} />
          <div className="rounded-lg border border-brand-100 bg-brand-50 p-4">
            <h3 className="text-sm font-semibold text-brand-900">What comes next</h3>
            <ClientNextStep engagement={engagement} />
            {engagement.stage === "review" || FINAL_REPORT_STAGES.includes(engagement.stage) ? (
              <div className="mt-3 flex flex-wrap gap-2">
                {engagement.stage === "review" ? (
                  <Link to={reviewPath(engagement.id)} className={buttonClasses("primary", "sm")}>
                    Open the final review
                    <ArrowRight aria-hidden="true" />
                  </Link>
                ) : null}
                {FINAL_REPORT_STAGES.includes(engagement.stage) ? (
                  <Link
                    to={finalReportPath(engagement.id)}
                    className={buttonClasses(
                      engagement.stage === "review" ? "secondary" : "primary",
                      "sm",
                    )}
                  >
                    Your final report
                    <ArrowRight aria-hidden="true" />
                  </Link>
                ) : null}
              </div>
            ) : null}
          </div>
          <EngagementSessions engagement={engagement} me={me} bare />
          <ToDoList engagementId={engagement.id} viewerId={me.id} />
          <ClientGoals engagement={engagement} />
          <SustainPlanCard engagement={engagement} me={me} bare />
          <Link to={`/engagements/${engagement.id}`} className={buttonClasses("secondary", "sm")}>
            View engagement<span className="sr-only">: {engagement.title}</span>
          </Link>
        </CardContent>
      </section>
    </Card>
  );
}
