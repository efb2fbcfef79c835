import { ChartColumn } from "lucide-react";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { ErrorState } from "../../../components/error-state";
import { Alert } from "../../../components/ui/alert";
import { buttonClasses } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { LoadingState } from "../../../components/ui/loading-state";
import { PageHeader } from "../../../components/ui/page-header";
import { isApiError } from "../../../lib/api-client";
import type { AssessmentForm, Me } from "../../../lib/api-types";
import { formatDate } from "../../../lib/format-date";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";
import { useAssessment } from "../api/get-assessment";
import {
  AnsweredBar,
  AssessmentStatusBadge,
  answeredText,
  isOpen,
} from "../components/assessment-status";
import { Questionnaire } from "../components/questionnaire";

/**
 * /assessments/:id: the client answers the questionnaire here. The coach sees only where it
 * stands (the answers stay hidden until the client submits) and, once submitted, the results.
 */
export function TakeAssessmentPage() {
  const { id = "" } = useParams();
  const me = useCurrentUser();
  const form = useAssessment(id);
  useDocumentTitle(form.data?.instrument.shortName ?? "Questionnaire");
  const back = (engagementId?: string) =>
    me.role === "client" || !engagementId
      ? { to: "/", label: "Home" }
      : { to: `/engagements/${engagementId}`, label: "Engagement" };

  if (form.isPending) return <LoadingState label="Loading the questionnaire…" />;
  if (form.error) {
    const status = isApiError(form.error) ? form.error.status : 0;
    if (status === 400 || status === 403 || status === 404) {
      return (
        <>
          <PageHeader title="Questionnaire not found" back={back()} />
          <Alert tone="warning">
            This questionnaire doesn't exist, or it isn't one you can see.{" "}
            <Link to="/" className="font-medium underline">
              Back to home
            </Link>
          </Alert>
        </>
      );
    }
    return (
      <>
        <PageHeader title="Questionnaire" back={back()} />
        <ErrorState error={form.error} onRetry={() => void form.refetch()} />
      </>
    );
  }

  const assessment = form.data;
  return (
    <>
      <PageHeader
        eyebrow={<AssessmentStatusBadge status={assessment.status} />}
        title={assessment.instrument.shortName}
        description={`${assessment.instrument.name} · about ${assessment.instrument.minutes} minutes`}
        back={back(assessment.engagementId)}
      />
      <AssessmentBody assessment={assessment} me={me} />
    </>
  );
}

function AssessmentBody({ assessment, me }: { assessment: AssessmentForm; me: Me }) {
  if (me.role !== "client") return <CoachView assessment={assessment} />;
  if (isOpen(assessment)) return <Questionnaire key={assessment.id} form={assessment} />;
  if (assessment.status === "submitted") {
    return (
      <Notice title="You've submitted your answers">
        <p>
          {assessment.submittedAt
            ? `You submitted them on ${formatDate(assessment.submittedAt)}. `
            : null}
          They are final now; your results are ready.
        </p>
        <ResultsLink id={assessment.id} label="See your results" />
      </Notice>
    );
  }
  return (
    <Notice title="This questionnaire was withdrawn">
      <p>Your coach withdrew it, so it takes no more answers. Nothing more to do here.</p>
      <Link to="/" className={buttonClasses("secondary")}>
        Back to home
      </Link>
    </Notice>
  );
}

/** The coach's view: where the client stands, never the answers in progress. */
function CoachView({ assessment }: { assessment: AssessmentForm }) {
  return (
    <Card className="max-w-3xl">
      <CardHeader>
        <CardTitle>Where it stands</CardTitle>
      </CardHeader>
      <CardContent className="space-y-5">
        <div className="space-y-2">
          <p className="text-sm text-slate-700">
            <span className="font-semibold text-slate-900">{answeredText(assessment)}</span>
          </p>
          <AnsweredBar answered={assessment.answered} itemCount={assessment.itemCount} />
        </div>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          <Fact label="Assigned">{formatDate(assessment.assignedAt)}</Fact>
          <Fact label="Due">
            {assessment.dueDate ? formatDate(assessment.dueDate) : "No due date"}
          </Fact>
          <Fact label="Started">
            {assessment.startedAt ? formatDate(assessment.startedAt) : "Not yet"}
          </Fact>
          <Fact label="Submitted">
            {assessment.submittedAt ? formatDate(assessment.submittedAt) : "Not yet"}
          </Fact>
        </dl>
        {assessment.status === "submitted" ? (
          <ResultsLink id={assessment.id} label="See results" />
        ) : assessment.status === "withdrawn" ? (
          <p className="text-sm text-slate-600">This questionnaire was withdrawn.</p>
        ) : (
          <p className="text-sm text-slate-600">
            The client's answers stay private while they work. You'll see the results once they
            submit.
          </p>
        )}
      </CardContent>
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium text-slate-900">{children}</dd>
    </div>
  );
}

function Notice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card className="max-w-3xl">
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4 text-slate-700">{children}</CardContent>
    </Card>
  );
}

function ResultsLink({ id, label }: { id: string; label: string }) {
  return (
    <Link to={`/assessments/${id}/results`} className={buttonClasses("primary")}>
      <ChartColumn aria-hidden="true" />
      {label}
    </Link>
  );
}
