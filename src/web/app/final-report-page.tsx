import { Download } from "lucide-react";
import { useParams } from "react-router";
import { ProgressChart } from "../../charts/progress-chart";
import type { FinalReport, FinalReportGoal } from "../../contract/final-report";
import { formatIfThen } from "../../domain/goals/if-then";
import {
  GOAL_OUTCOME_LABELS,
  REFLECTION_QUESTIONS,
} from "../../domain/review/reflection-questions";
import { SUSTAIN_KIND_LABELS } from "../../domain/sustain/plan";
import { ChartFrame } from "../components/chart-frame";
import { ResourcePage } from "../components/resource-page";
import { Alert } from "../components/ui/alert";
import { buttonClasses } from "../components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../components/ui/card";
import { PageHeader } from "../components/ui/page-header";
import {
  finalReportPdfUrl,
  useFinalReport,
  useSharedReport,
} from "../features/final-report/api/final-report";
import { ShareWithSponsor } from "../features/final-report/components/share-with-sponsor";
import { GoalStatusBadge } from "../features/goals/components/goal-status";
import { formatNumber } from "../features/goals/components/numbers";
import { ChangeSections } from "../features/review/components/change-tables";
import { useEngagement } from "../lib/api/get-engagement";
import { useDocumentTitle } from "../lib/use-document-title";
import { useCurrentUser } from "../lib/use-me";
import { GoalFigures } from "./goal-figures";

// The final report the client keeps (docs/decisions/026): the goals and outcomes, both
// reflections, the sustain plan and its PDF; the client chooses here what their sponsor sees. A
// sponsor opening the page sees only what the client shares.

export function FinalReportPage() {
  const { id = "" } = useParams();
  const me = useCurrentUser();
  const engagement = useEngagement(id);
  useDocumentTitle("Final report");
  const back = { to: `/engagements/${id}`, label: "Engagement" };
  return (
    <ResourcePage
      query={engagement}
      loading="Loading the final report…"
      name="Final report"
      back={back}
      notFound="This engagement doesn't exist, or it isn't one you can see."
      notFoundLink={{ to: back.to, label: "Back to the engagement" }}
    >
      {(data) => (
        <>
          <PageHeader title="Final report" description={data.title} back={back} />
          {me.role === "sponsor" ? (
            <SharedWithSponsor engagementId={data.id} />
          ) : (
            <Report engagementId={data.id} isClient={me.role === "client"} />
          )}
        </>
      )}
    </ResourcePage>
  );
}

function Report({ engagementId, isClient }: { engagementId: string; isClient: boolean }) {
  const report = useFinalReport(engagementId);
  if (report.error) return <Alert tone="warning">{report.error.message}</Alert>;
  if (!report.data) return <p className="text-sm text-slate-600">Loading the final report…</p>;
  const data = report.data;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700">
          {data.clientName}'s report with {data.coachName}, to keep after the coaching ends.
        </p>
        <a
          href={finalReportPdfUrl(engagementId)}
          download
          className={buttonClasses("secondary", "sm")}
        >
          <Download aria-hidden="true" />
          Download the report (PDF)
        </a>
      </div>
      <Glance report={data} />
      <Card>
        <section aria-labelledby="report-goals-heading">
          <CardHeader>
            <div>
              <CardTitle id="report-goals-heading">Goals and outcomes</CardTitle>
              <CardDescription>
                {data.reflections.bothShared
                  ? "Each goal from its baseline to its final measure, with the outcome each of you gave it."
                  : "Each goal's outcome shows here once you have both shared the final review."}
              </CardDescription>
            </div>
          </CardHeader>
          <CardContent className="space-y-6">
            {data.goals.length === 0 ? (
              <p className="text-sm text-slate-700">No goals were set in this engagement.</p>
            ) : null}
            {data.goals.map((goal) => (
              <GoalOutcome key={goal.id} goal={goal} />
            ))}
          </CardContent>
        </section>
      </Card>
      <section aria-labelledby="report-change-heading" className="space-y-3">
        <h2 id="report-change-heading" className="text-lg font-semibold text-slate-900">
          Change since the start
        </h2>
        <ChangeSections report={data.change} />
      </section>
      <Reflections report={data} />
      <SustainItems report={data} />
      {isClient ? <ShareWithSponsor report={data} /> : null}
    </div>
  );
}

function Glance({ report }: { report: FinalReport }) {
  const { glance } = report;
  const tiles = [
    { label: "Goals", value: String(glance.goals) },
    {
      label: "Sessions held",
      value: `${glance.sessionsHeld} of ${glance.sessionsPlanned} planned`,
    },
    {
      label: "Commitments kept",
      value:
        glance.commitmentsCounted === 0
          ? "None marked"
          : `${glance.commitmentsDone} of ${glance.commitmentsCounted}`,
    },
  ];
  return (
    <section aria-label="At a glance" className="space-y-3">
      <dl className="grid gap-3 sm:grid-cols-3">
        {tiles.map((tile) => (
          <div key={tile.label} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{tile.label}</dt>
            <dd className="mt-1 text-lg font-semibold text-slate-900">{tile.value}</dd>
          </div>
        ))}
      </dl>
      {report.summary ? (
        <p className="rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm whitespace-pre-line text-slate-900">
          {report.summary}
        </p>
      ) : null}
    </section>
  );
}

function GoalOutcome({ goal }: { goal: FinalReportGoal }) {
  const { measure, baseline, target, dueDate } = goal;
  const side = (who: string, given: NonNullable<FinalReportGoal["outcomes"]>["client"]) => (
    <div>
      <dt className="font-medium text-slate-700">{who}</dt>
      <dd className="text-slate-900">
        {given?.outcome ? GOAL_OUTCOME_LABELS[given.outcome] : "No outcome given"}
        {given?.words.trim() ? `: ${given.words}` : ""}
      </dd>
    </div>
  );
  return (
    <article className="space-y-3 border-b border-slate-100 pb-6 last:border-0 last:pb-0">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-semibold text-slate-900">{goal.statement}</h3>
        <GoalStatusBadge status={goal.status} />
      </div>
      <GoalFigures
        unit={measure?.unit}
        figures={[
          ["Baseline", baseline],
          ["Target", target],
          ["Final", goal.final?.value],
        ]}
      />
      {measure && baseline !== null && target !== null && dueDate ? (
        <ChartFrame minHeight={222}>
          {(width) => (
            <ProgressChart
              width={width}
              what={measure.what}
              unit={measure.unit}
              direction={measure.direction}
              baseline={baseline}
              target={target}
              startDate={goal.startDate}
              dueDate={dueDate}
              measurements={goal.measurements}
              format={formatNumber}
            />
          )}
        </ChartFrame>
      ) : null}
      {goal.outcomes ? (
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          {side("The client's outcome", goal.outcomes.client)}
          {side("The coach's outcome", goal.outcomes.coach)}
        </dl>
      ) : null}
    </article>
  );
}

function Reflections({ report }: { report: FinalReport }) {
  const { client, coach, bothShared } = report.reflections;
  return (
    <Card>
      <section aria-labelledby="report-reflections-heading">
        <CardHeader>
          <CardTitle id="report-reflections-heading">Reflections</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          {!bothShared || !client || !coach ? (
            <p className="text-sm text-slate-600">
              Both reflections show here once you have both shared the final review.
            </p>
          ) : (
            REFLECTION_QUESTIONS.filter((q) => client.answers[q.id] || coach.answers[q.id]).map(
              (q) => (
                <div key={q.id}>
                  <h3 className="text-sm font-semibold text-slate-900">{q.text}</h3>
                  <dl className="mt-1 grid gap-2 text-sm sm:grid-cols-2">
                    <div>
                      <dt className="text-slate-600">The client</dt>
                      <dd className="whitespace-pre-line text-slate-900">
                        {client.answers[q.id] || "No answer"}
                      </dd>
                    </div>
                    <div>
                      <dt className="text-slate-600">The coach</dt>
                      <dd className="whitespace-pre-line text-slate-900">
                        {coach.answers[q.id] || "No answer"}
                      </dd>
                    </div>
                  </dl>
                </div>
              ),
            )
          )}
        </CardContent>
      </section>
    </Card>
  );
}

function SustainItems({ report }: { report: FinalReport }) {
  return (
    <Card>
      <section aria-labelledby="report-sustain-heading">
        <CardHeader>
          <CardTitle id="report-sustain-heading">The sustain plan</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          {report.sustainItems.length === 0 ? (
            <p className="text-sm text-slate-600">No sustain plan written yet.</p>
          ) : null}
          {report.sustainItems.map((item) => (
            <div key={item.id} className="text-sm">
              <h3 className="font-semibold text-slate-900">
                {SUSTAIN_KIND_LABELS[item.kind]}: {item.title}
              </h3>
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-800">
                {item.cue ? <li>Cue: {item.cue}</li> : null}
                {item.check ? <li>Check: {item.check}</li> : null}
                {item.ifThen.map((plan) => (
                  <li key={`${plan.situation}-${plan.action}`}>{formatIfThen(plan)}</li>
                ))}
              </ul>
            </div>
          ))}
        </CardContent>
      </section>
    </Card>
  );
}

function SharedWithSponsor({ engagementId }: { engagementId: string }) {
  const shared = useSharedReport(engagementId);
  if (shared.error) return <Alert tone="warning">{shared.error.message}</Alert>;
  if (!shared.data) return <p className="text-sm text-slate-600">Loading…</p>;
  const { summary, goals, clientName } = shared.data;
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>What {clientName} shares with you</CardTitle>
          <CardDescription>
            {clientName} chooses what you see of their final report and can change it at any time;
            they see when you read it.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent className="space-y-4 text-sm">
        {summary === null && goals.length === 0 ? (
          <p className="text-slate-700">Nothing is shared with you yet.</p>
        ) : null}
        {summary ? <p className="whitespace-pre-line text-slate-900">{summary}</p> : null}
        {goals.length > 0 ? (
          <ul className="space-y-3">
            {goals.map((goal) => (
              <li key={goal.id} className="rounded-lg border border-slate-200 p-3">
                <p className="font-medium text-slate-900">{goal.statement}</p>
                <p className="text-slate-700">
                  Status: {goal.status.label}
                  {goal.outcomes
                    ? `. Outcome: ${goal.outcomes.client ? GOAL_OUTCOME_LABELS[goal.outcomes.client] : "not given"} by ${clientName}, ${goal.outcomes.coach ? GOAL_OUTCOME_LABELS[goal.outcomes.coach] : "not given"} by the coach`
                    : ""}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </CardContent>
    </Card>
  );
}
