import { ChartColumn } from "lucide-react";
import { Link, useParams } from "react-router";
import type { Me } from "../../../../contract/accounts";
import type { AssessmentForm } from "../../../../contract/assessments";
import { NoticeCard } from "../../../components/notice-card";
import { ResourcePage } from "../../../components/resource-page";
import { buttonClasses } from "../../../components/ui/button";
import { PageHeader } from "../../../components/ui/page-header";
import { WhereItStands } from "../../../components/where-it-stands";
import { formatDate } from "../../../lib/format-date";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";
import { useAssessment } from "../api/get-assessment";
import { AssessmentStatusBadge, answeredText, isOpen } from "../components/assessment-status";
import { instrumentFacts, instrumentName } from "../components/instrument-name";
import { Questionnaire } from "../components/questionnaire";

/**
 * /assessments/:id: the client answers the questionnaire here. The coach sees only where it
 * stands (the answers stay hidden until the client submits) and, once submitted, the results.
 */
export function TakeAssessmentPage() {
  const { id = "" } = useParams();
  const me = useCurrentUser();
  const form = useAssessment(id);
  useDocumentTitle(form.data ? instrumentName(form.data.instrument) : "Questionnaire");
  const back = (engagementId?: string) =>
    me.role === "client" || !engagementId
      ? { to: "/", label: "Home" }
      : { to: `/engagements/${engagementId}`, label: "Engagement" };

  return (
    <ResourcePage
      query={form}
      loading="Loading the questionnaire…"
      name="Questionnaire"
      back={back()}
      notFound="This questionnaire doesn't exist, or it isn't one you can see."
    >
      {(assessment) => (
        <>
          <PageHeader
            eyebrow={<AssessmentStatusBadge status={assessment.status} />}
            title={instrumentName(assessment.instrument)}
            description={instrumentFacts(assessment.instrument)}
            back={back(assessment.engagementId)}
          />
          <AssessmentBody assessment={assessment} me={me} />
        </>
      )}
    </ResourcePage>
  );
}

function AssessmentBody({ assessment, me }: { assessment: AssessmentForm; me: Me }) {
  if (me.role !== "client") return <CoachView assessment={assessment} />;
  if (isOpen(assessment)) return <Questionnaire key={assessment.id} form={assessment} />;
  if (assessment.status === "submitted") {
    return (
      <NoticeCard title="You've submitted your answers">
        <p>
          {assessment.submittedAt
            ? `You submitted them on ${formatDate(assessment.submittedAt)}. `
            : null}
          They are final now; your results are ready.
        </p>
        <ResultsLink id={assessment.id} label="See your results" />
      </NoticeCard>
    );
  }
  return (
    <NoticeCard title="This questionnaire was withdrawn">
      <p>Your coach withdrew it, so it takes no more answers. Nothing more to do here.</p>
      <Link to="/" className={buttonClasses("secondary")}>
        Back to home
      </Link>
    </NoticeCard>
  );
}

/** The coach's view: where the client stands, never the answers in progress. */
function CoachView({ assessment }: { assessment: AssessmentForm }) {
  return (
    <WhereItStands
      answered={answeredText(assessment)}
      progress={{ done: assessment.answered, total: assessment.itemCount }}
      facts={[
        ["Assigned", formatDate(assessment.assignedAt)],
        ["Due", assessment.dueDate ? formatDate(assessment.dueDate) : "No due date"],
        ["Started", assessment.startedAt ? formatDate(assessment.startedAt) : "Not yet"],
        ["Submitted", assessment.submittedAt ? formatDate(assessment.submittedAt) : "Not yet"],
      ]}
    >
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
    </WhereItStands>
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
