import { ChartColumn, ClipboardList } from "lucide-react";
import { Link } from "react-router";
import type { Me } from "../../../../contract/accounts";
import type { AssessmentSummary } from "../../../../contract/assessments";
import type { EngagementSummary } from "../../../../contract/engagements";
import {
  AssignedWorkRow,
  AssignedWorkSection,
  WithdrawActions,
} from "../../../components/assigned-work";
import { buttonClasses } from "../../../components/ui/button";
import { formatDate } from "../../../lib/format-date";
import { useEngagementAssessments } from "../api/list-engagement-assessments";
import { useWithdrawAssessment } from "../api/withdraw-assessment";
import { AssessmentStatusBadge, answeredText, isOpen, takeLabel } from "./assessment-status";
import { AssignQuestionnaireForm } from "./assign-questionnaire-form";
import { instrumentName } from "./instrument-name";

type EngagementQuestionnairesProps = { engagement: EngagementSummary; me: Me; className?: string };

/**
 * The engagement's personality questionnaires, for its client and its coach only: the API
 * refuses everyone else (403), and then the section is not shown at all. The coach assigns,
 * follows progress, withdraws and opens results; the client starts, continues and sees results.
 */
export function EngagementQuestionnaires({
  engagement,
  me,
  className,
}: EngagementQuestionnairesProps) {
  // Only the engagement's client and coach may see its questionnaires; the API refuses the rest.
  const mayAsk =
    (me.role === "client" && engagement.client.id === me.id) ||
    (me.role === "coach" && engagement.coach.id === me.id);
  const assessments = useEngagementAssessments(engagement.id, { enabled: mayAsk });
  if (!mayAsk) return null;

  const isCoach = me.role === "coach" && engagement.coach.id === me.id;
  // Open ones first (what needs doing), then the newest.
  const list = [...(assessments.data ?? [])].sort(
    (a, b) => Number(isOpen(b)) - Number(isOpen(a)) || b.assignedAt.localeCompare(a.assignedAt),
  );
  const firstName = engagement.client.name.split(" ")[0] ?? engagement.client.name;

  return (
    <AssignedWorkSection
      id="questionnaires"
      title="Questionnaires"
      description={
        isCoach
          ? `Personality questionnaires for ${firstName}. Their answers stay private until they submit.`
          : "Personality questionnaires from your coach. You and your coach see the results once you submit."
      }
      className={className}
      query={assessments}
      items={list}
      loading="Loading questionnaires…"
      canAssign={isCoach && engagement.stage !== "closed"}
      assignLabel="Assign questionnaire"
      assignForm={(done) => (
        <AssignQuestionnaireForm
          engagementId={engagement.id}
          clientName={firstName}
          assigned={list}
          onDone={(created) => done(created && `Assigned ${instrumentName(created.instrument)}.`)}
        />
      )}
      empty={{
        icon: ClipboardList,
        title: "No questionnaires yet",
        description: isCoach
          ? `Assign a personality questionnaire as part of the initial assessment. ${firstName} answers it in their own time.`
          : "Your coach will assign one when it's time. You'll find it here and on your home page.",
      }}
    >
      {(assessment, onWithdrawn) => (
        <QuestionnaireRow
          key={assessment.id}
          assessment={assessment}
          asCoach={isCoach}
          clientName={firstName}
          onWithdrawn={onWithdrawn}
        />
      )}
    </AssignedWorkSection>
  );
}

function QuestionnaireRow({
  assessment,
  asCoach,
  clientName,
  onWithdrawn,
}: {
  assessment: AssessmentSummary;
  asCoach: boolean;
  clientName: string;
  onWithdrawn: (name: string) => void;
}) {
  const withdraw = useWithdrawAssessment();
  const name = instrumentName(assessment.instrument);
  const open = isOpen(assessment);
  const results = (label: string) => (
    <Link to={`/assessments/${assessment.id}/results`} className={buttonClasses("secondary", "sm")}>
      <ChartColumn aria-hidden="true" />
      {label}
      <span className="sr-only">: {name}</span>
    </Link>
  );

  return (
    <AssignedWorkRow
      name={name}
      status={<AssessmentStatusBadge status={assessment.status} />}
      facts={[
        assessment.status === "withdrawn" ? null : answeredText(assessment),
        assessment.submittedAt
          ? `submitted ${formatDate(assessment.submittedAt)}`
          : open && assessment.dueDate
            ? `due ${formatDate(assessment.dueDate)}`
            : null,
        `assigned ${formatDate(assessment.assignedAt)}`,
      ]}
      progress={open ? { done: assessment.answered, total: assessment.itemCount } : null}
      actions={
        assessment.status === "submitted" ? (
          results(asCoach ? "See results" : "See your results")
        ) : !open ? null : asCoach ? (
          <WithdrawActions
            id={assessment.id}
            name={name}
            detailsTo={`/assessments/${assessment.id}`}
            withdraw={withdraw}
            sectionId="questionnaires"
            consequence={
              <>
                {clientName} won't be able to answer it any more
                {assessment.answered === 1
                  ? ", and the one answer given so far won't be scored."
                  : assessment.answered > 1
                    ? `, and the ${assessment.answered} answers given so far won't be scored.`
                    : "."}
              </>
            }
            confirmLabel="Withdraw questionnaire"
            onWithdrawn={onWithdrawn}
          />
        ) : (
          <Link to={`/assessments/${assessment.id}`} className={buttonClasses("primary")}>
            {takeLabel(assessment)}
            <span className="sr-only">: {name}</span>
          </Link>
        )
      }
    />
  );
}
