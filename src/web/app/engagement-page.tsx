import { ArrowRight, Pencil } from "lucide-react";
import { useRef, useState } from "react";
import { Link, useParams } from "react-router";
import type { Me } from "../../contract/accounts";
import type { EngagementView } from "../../contract/engagements";
import { FINAL_REPORT_STAGES } from "../../domain/review/report-sharing";
import { ResourcePage } from "../components/resource-page";
import { StageBadge } from "../components/stage-badge";
import { StageStepper } from "../components/stage-stepper";
import { Button, buttonClasses } from "../components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../components/ui/card";
import { PageHeader } from "../components/ui/page-header";
import { TextLink } from "../components/ui/text-link";
import { EngagementEarlyWarningsCard } from "../features/accountability/components/early-warning-cards";
import { WorthCelebrating } from "../features/accountability/components/worth-celebrating";
import { AgreementCard } from "../features/agreements/components/agreement-card";
import { SponsorViewCard } from "../features/agreements/components/sponsor-view-card";
import { EngagementQuestionnaires } from "../features/assessments/components/engagement-questionnaires";
import { EngagementCheckIns } from "../features/check-ins/components/engagement-check-ins";
import { EngagementCourses } from "../features/courses/components/engagement-courses";
import { DevelopmentProfileCard } from "../features/development/components/development-profile-card";
import { EditEngagementForm } from "../features/engagements/components/edit-engagement-form";
import { EngagementFacts } from "../features/engagements/components/engagement-facts";
import { StageActions } from "../features/engagements/components/stage-actions";
import { StageHistory } from "../features/engagements/components/stage-history";
import { EngagementExercises } from "../features/exercises/components/engagement-exercises";
import { EngagementFeedback } from "../features/feedback/components/engagement-feedback";
import { finalReportPath } from "../features/final-report/api/final-report";
import { EngagementGoals } from "../features/goals/components/engagement-goals";
import { EngagementCoachChanges } from "../features/programmes/components/coach-change-list";
import { EngagementPulses } from "../features/pulses/components/engagement-pulses";
import { changePath } from "../features/review/components/change-tables";
import {
  EngagementReflections,
  reviewPath,
} from "../features/review/components/engagement-reflections";
import { EngagementSessions } from "../features/sessions/components/engagement-sessions";
import { ToDoList } from "../features/sessions/components/to-do-list";
import { SustainPlanCard } from "../features/sustain/components/sustain-plan-card";
import { useEngagement } from "../lib/api/get-engagement";
import { cn } from "../lib/cn";
import { useDocumentTitle } from "../lib/use-document-title";
import { useFocusOnClose } from "../lib/use-focus-on-close";
import { useCurrentUser } from "../lib/use-me";
import { ClientNextStep } from "./client-next-step";

export function EngagementPage() {
  const { id = "" } = useParams();
  const me = useCurrentUser();
  const engagement = useEngagement(id);
  useDocumentTitle(engagement.data?.title ?? "Engagement");
  const back =
    me.role === "client"
      ? { to: "/", label: "Home" }
      : { to: "/engagements", label: "Engagements" };

  return (
    <ResourcePage
      query={engagement}
      loading="Loading engagement…"
      name="Engagement"
      back={back}
      notFound="This engagement doesn't exist, or it isn't one you can see."
      notFoundLink={{ to: back.to, label: <>Back to {back.label.toLowerCase()}</> }}
    >
      {(data) => <EngagementDetail engagement={data} me={me} back={back} />}
    </ResourcePage>
  );
}

function EngagementDetail({
  engagement,
  me,
  back,
}: {
  engagement: EngagementView;
  me: Me;
  back: { to: string; label: string };
}) {
  const [editing, setEditing] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  useFocusOnClose(editing, editButtonRef);
  const canEdit = me.role === "coach" && engagement.coach.id === me.id;
  const party = me.id === engagement.client.id || me.id === engagement.coach.id;
  const subtitle =
    me.role === "client"
      ? `Coached by ${engagement.coach.name}`
      : `${engagement.client.name} · coached by ${engagement.coach.name}`;

  return (
    <>
      <PageHeader
        eyebrow={<StageBadge stage={engagement.stage} />}
        title={engagement.title}
        description={subtitle}
        back={back}
      />
      {party ? <WorthCelebrating engagementId={engagement.id} className="mb-6" /> : null}
      <div className="grid items-start gap-6 lg:grid-cols-3 lg:grid-rows-[auto_1fr]">
        <Card className="lg:col-span-2">
          <CardHeader>
            <div>
              <CardTitle id="progress-heading">Progress</CardTitle>
              <CardDescription>Where this engagement is in the coaching process.</CardDescription>
            </div>
          </CardHeader>
          <CardContent className="space-y-6">
            <StageStepper stage={engagement.stage} />
            <div className="rounded-lg border border-brand-100 bg-brand-50 p-4">
              <h3 className="text-sm font-semibold text-brand-900">What comes next</h3>
              {engagement.client.id === me.id ? (
                <ClientNextStep engagement={engagement} />
              ) : (
                <p className="mt-1 text-sm text-slate-800">{engagement.nextStep}</p>
              )}
              {engagement.stage === "review" && party ? (
                <Link
                  to={reviewPath(engagement.id)}
                  className={cn(buttonClasses("primary", "sm"), "mt-3")}
                >
                  Open the final review
                  <ArrowRight aria-hidden="true" />
                </Link>
              ) : null}
              {engagement.stage === "review" && party ? (
                <p className="mt-2 text-sm text-slate-800">
                  <TextLink to={changePath(engagement.id)}>Change since the start</TextLink>: the
                  360 feedback and questionnaires against the baseline.
                </p>
              ) : null}
            </div>
            <StageActions engagement={engagement} />
          </CardContent>
        </Card>
        <Card className="lg:row-span-2">
          <CardHeader>
            <CardTitle id="details-heading">Details</CardTitle>
            {canEdit && !editing ? (
              <Button
                ref={editButtonRef}
                variant="secondary"
                size="sm"
                onClick={() => setEditing(true)}
              >
                <Pencil aria-hidden="true" />
                Edit details
              </Button>
            ) : null}
          </CardHeader>
          <CardContent>
            {editing ? (
              <EditEngagementForm engagement={engagement} onDone={() => setEditing(false)} />
            ) : (
              <EngagementFacts engagement={engagement} />
            )}
          </CardContent>
        </Card>
        <AgreementCard engagement={engagement} me={me} className="lg:col-span-2" />
        <SponsorViewCard engagement={engagement} me={me} className="lg:col-span-2" />
        <EngagementSessions engagement={engagement} me={me} className="lg:col-span-2" />
        <EngagementQuestionnaires engagement={engagement} me={me} className="lg:col-span-2" />
        <EngagementExercises engagement={engagement} me={me} className="lg:col-span-2" />
        <EngagementCourses engagement={engagement} me={me} className="lg:col-span-2" />
        <EngagementFeedback engagement={engagement} me={me} className="lg:col-span-2" />
        <DevelopmentProfileCard engagement={engagement} me={me} className="lg:col-span-2" />
        <EngagementGoals engagement={engagement} me={me} className="lg:col-span-2" />
        <SustainPlanCard engagement={engagement} me={me} className="lg:col-span-2" />
        <EngagementCheckIns engagement={engagement} me={me} className="lg:col-span-2" />
        <EngagementPulses engagement={engagement} me={me} className="lg:col-span-2" />
        <EngagementReflections engagement={engagement} me={me} className="lg:col-span-2" />
        {party ? (
          <ToDoList engagementId={engagement.id} viewerId={me.id} card className="lg:col-span-2" />
        ) : null}
        {canEdit ? (
          <EngagementEarlyWarningsCard engagementId={engagement.id} className="lg:col-span-2" />
        ) : null}
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle id="history-heading">History</CardTitle>
          </CardHeader>
          <CardContent>
            <StageHistory history={engagement.history} labelledBy="history-heading" />
            <EngagementCoachChanges engagementId={engagement.id} enabled={me.role !== "sponsor"} />
          </CardContent>
        </Card>
      </div>
      {me.role === "sponsor" ? (
        <p className="mt-6 text-sm text-slate-600">
          As a sponsor you see the facts of this engagement (its dates, stage and sessions) and what
          the client agreed to share. The client's assessments, exercises, notes and development
          profile stay between them and their coach.
          {FINAL_REPORT_STAGES.includes(engagement.stage) ? (
            <>
              {" "}
              What the client chooses to share of their final report is on{" "}
              <TextLink to={finalReportPath(engagement.id)}>the shared report</TextLink>.
            </>
          ) : null}
        </p>
      ) : null}
    </>
  );
}
