import { useParams } from "react-router";
import type { Me } from "../../contract/accounts";
import type { EngagementView } from "../../contract/engagements";
import type { Goal } from "../../contract/goals";
import type { ReflectionPointView } from "../../contract/review";
import { GOAL_OUTCOME_LABELS } from "../../domain/review/reflection-questions";
import { ResourcePage } from "../components/resource-page";
import { Alert } from "../components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../components/ui/card";
import { PageHeader } from "../components/ui/page-header";
import { TextLink } from "../components/ui/text-link";
import { useCheckIns } from "../features/check-ins/api/check-ins";
import { ConfidenceOverTime } from "../features/check-ins/components/confidence-over-time";
import { finalReportPath } from "../features/final-report/api/final-report";
import { useEngagementGoals } from "../features/goals/api/goals";
import { GoalProgress } from "../features/goals/components/goal-progress";
import { GoalStatusBadge } from "../features/goals/components/goal-status";
import { usePulses } from "../features/pulses/api/pulses";
import { PulseTrend } from "../features/pulses/components/pulse-trend";
import { useReflections, useReviewSummary } from "../features/review/api/reflections";
import { changePath } from "../features/review/components/change-tables";
import { reflectionsPath } from "../features/review/components/engagement-reflections";
import { otherSideName } from "../features/review/components/party-names";
import { ReflectionPointCard } from "../features/review/components/reflection-point-card";
import { capitalised } from "../features/review/components/words";
import { usePatterns } from "../features/sessions/api/patterns";
import { useEngagement } from "../lib/api/get-engagement";
import { useDocumentTitle } from "../lib/use-document-title";
import { useCurrentUser } from "../lib/use-me";
import { GoalFigures } from "./goal-figures";

// The final review (stage 5): what the engagement did, assembled from the reads each feature
// already has (goals, check-ins, session patterns, pulses) and the review's own counts, with the
// final reflections both sides write and see side by side once both have shared.

export function ReviewPage() {
  const { id = "" } = useParams();
  const me = useCurrentUser();
  const engagement = useEngagement(id);
  useDocumentTitle("Final review");
  const back = { to: `/engagements/${id}`, label: "Engagement" };
  return (
    <ResourcePage
      query={engagement}
      loading="Loading the final review…"
      name="Final review"
      back={back}
      notFound="This engagement doesn't exist, or it isn't one you can see."
      notFoundLink={{ to: back.to, label: "Back to the engagement" }}
    >
      {(data) => (
        <>
          <PageHeader title="Final review" description={data.title} back={back} />
          <p className="mb-6 text-sm text-slate-700">
            The report to keep, with its PDF and what you share with a sponsor, is{" "}
            <TextLink to={finalReportPath(data.id)}>the final report</TextLink>.
          </p>
          <ReviewWorkspace engagement={data} me={me} />
        </>
      )}
    </ResourcePage>
  );
}

function ReviewWorkspace({ engagement, me }: { engagement: EngagementView; me: Me }) {
  const reflections = useReflections(engagement.id);
  const goals = useEngagementGoals(engagement.id);
  if (reflections.error) return <Alert tone="warning">{reflections.error.message}</Alert>;
  const final = reflections.data?.points.find((p) => p.kind === "final");
  if (reflections.data && !final)
    return (
      <Alert tone="info" title="The final review opens when the engagement moves to review">
        Until then, the quarterly reflections are on{" "}
        <TextLink to={reflectionsPath(engagement.id)}>the reflection points page</TextLink>.
      </Alert>
    );
  const reviewed = (goals.data?.goals ?? []).filter(
    (g) => g.state === "open" || g.state === "achieved",
  );
  const other = otherSideName(engagement, me);
  return (
    <div className="space-y-6">
      <WhatWasDone engagementId={engagement.id} />
      <p className="text-sm text-slate-800">
        How the 360 feedback and the questionnaires moved, and which moves are more than noise:{" "}
        <TextLink to={changePath(engagement.id)}>change since the start</TextLink>.
      </p>
      <Card>
        <section aria-labelledby="review-goals-heading">
          <CardHeader>
            <div>
              <CardTitle id="review-goals-heading">Goals and outcomes</CardTitle>
              <CardDescription>
                Each goal from its baseline to its latest measure, and the outcome each of you gives
                it in the final reflection below.
              </CardDescription>
            </div>
          </CardHeader>
          <CardContent className="space-y-6">
            {goals.isPending ? <p className="text-sm text-slate-600">Loading the goals…</p> : null}
            {goals.data && reviewed.length === 0 ? (
              <p className="text-sm text-slate-700">
                This engagement has no open or achieved goal.
              </p>
            ) : null}
            {reviewed.map((goal) => (
              <GoalReview key={goal.id} goal={goal} final={final} otherName={other} />
            ))}
          </CardContent>
        </section>
      </Card>
      <Trends engagementId={engagement.id} />
      {final ? (
        <ReflectionPointCard
          engagementId={engagement.id}
          point={final}
          goals={reviewed.map((g) => ({ id: g.id, statement: g.statement }))}
          otherName={other}
          writable={engagement.stage !== "closed"}
          headingLevel="h2"
          title="Final reflections"
          className="bg-white p-6 shadow-sm"
        />
      ) : null}
    </div>
  );
}

function WhatWasDone({ engagementId }: { engagementId: string }) {
  const summary = useReviewSummary(engagementId);
  const data = summary.data;
  if (!data) return null;
  const { done, partly_done, not_done, open } = data.commitments;
  const tiles = [
    { label: "Sessions held", value: `${data.sessionsHeld} of ${data.sessionsPlanned} planned` },
    { label: "Commitments kept", value: `${done} done, ${partly_done} partly` },
    { label: "Commitments not kept", value: `${not_done} not done, ${open} still open` },
  ];
  return (
    <section aria-label="What was done">
      <dl className="grid gap-3 sm:grid-cols-3">
        {tiles.map((tile) => (
          <div key={tile.label} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{tile.label}</dt>
            <dd className="mt-1 text-lg font-semibold text-slate-900">{tile.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function GoalReview({
  goal,
  final,
  otherName,
}: {
  goal: Goal;
  final: ReflectionPointView | undefined;
  otherName: string;
}) {
  const outcomeOf = (side: ReflectionPointView["mine"]) => {
    const given = side?.answers.outcomes.find((o) => o.goalId === goal.id);
    if (!given?.outcome) return null;
    return `${GOAL_OUTCOME_LABELS[given.outcome]}${given.words.trim() ? `: ${given.words}` : ""}`;
  };
  const mine = outcomeOf(final?.mine ?? null);
  const theirs = outcomeOf(final?.other ?? null);
  return (
    <article className="space-y-3 border-b border-slate-100 pb-6 last:border-0 last:pb-0">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-semibold text-slate-900">
          <TextLink to={`/goals/${goal.id}`}>{goal.statement}</TextLink>
        </h3>
        <GoalStatusBadge status={goal.status} />
      </div>
      <GoalFigures
        unit={goal.measure?.unit}
        figures={[
          ["Baseline", goal.baseline],
          ["Target", goal.target],
          ["Latest", goal.latest?.value],
        ]}
      />
      <GoalProgress goal={goal} />
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium text-slate-700">Your outcome</dt>
          <dd className="text-slate-900">{mine ?? "Not given yet"}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">{capitalised(otherName)}'s outcome</dt>
          <dd className="text-slate-900">
            {theirs ?? "Shows once you have both shared your final reflections"}
          </dd>
        </div>
      </dl>
    </article>
  );
}

function Trends({ engagementId }: { engagementId: string }) {
  const checkIns = useCheckIns(engagementId);
  const patterns = usePatterns(engagementId);
  const pulses = usePulses(engagementId);
  const themes = patterns.data?.themes ?? [];
  return (
    <Card>
      <section aria-labelledby="review-trends-heading">
        <CardHeader>
          <div>
            <CardTitle id="review-trends-heading">Over the engagement</CardTitle>
            <CardDescription>
              Confidence from the weekly check-ins, the themes that kept coming back in sessions,
              and how stakeholders saw the goal behaviours.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-6">
          <div>
            <h3 className="mb-2 text-sm font-semibold text-slate-900">Weekly check-ins</h3>
            {checkIns.data && checkIns.data.items.length >= 2 ? (
              <ConfidenceOverTime checkIns={checkIns.data.items} />
            ) : (
              <p className="text-sm text-slate-600">Fewer than two check-ins: no trend to draw.</p>
            )}
          </div>
          <div>
            <h3 className="mb-2 text-sm font-semibold text-slate-900">Recurring themes</h3>
            {themes.length === 0 ? (
              <p className="text-sm text-slate-600">No theme was tagged on two sessions or more.</p>
            ) : (
              <ul className="flex flex-wrap gap-2 text-sm">
                {themes.map((theme) => (
                  <li
                    key={theme.themeId}
                    className="rounded-full bg-slate-100 px-3 py-1 text-slate-800"
                  >
                    {theme.label} · {theme.sessions} sessions
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3 className="mb-2 text-sm font-semibold text-slate-900">Stakeholder pulses</h3>
            {pulses.data ? (
              <PulseTrend trend={pulses.data.trend} />
            ) : (
              <p className="text-sm text-slate-600">No pulse to show.</p>
            )}
          </div>
        </CardContent>
      </section>
    </Card>
  );
}
