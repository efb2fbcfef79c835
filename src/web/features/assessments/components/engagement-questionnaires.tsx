import { ChartColumn, ClipboardList, Plus } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { ErrorState } from "../../../components/error-state";
import { Alert } from "../../../components/ui/alert";
import { Button, buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { EmptyState } from "../../../components/ui/empty-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { isApiError } from "../../../lib/api-client";
import type { AssessmentSummary, EngagementSummary, Me } from "../../../lib/api-types";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDate } from "../../../lib/format-date";
import { useEngagementAssessments } from "../api/list-engagement-assessments";
import { useWithdrawAssessment } from "../api/withdraw-assessment";
import {
  AnsweredBar,
  AssessmentStatusBadge,
  answeredText,
  isOpen,
  takeLabel,
} from "./assessment-status";
import { AssignQuestionnaireForm } from "./assign-questionnaire-form";

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
  const [assigning, setAssigning] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const assignButton = useRef<HTMLButtonElement>(null);
  const wasAssigning = useRef(false);

  // Closing the form gives focus back to the button that opened it.
  useEffect(() => {
    if (wasAssigning.current && !assigning) assignButton.current?.focus();
    wasAssigning.current = assigning;
  }, [assigning]);

  if (!mayAsk || isApiError(assessments.error, 403)) return null;

  const isCoach = me.role === "coach" && engagement.coach.id === me.id;
  const canAssign = isCoach && engagement.stage !== "closed";
  // Open ones first (what needs doing), then the newest.
  const list = [...(assessments.data ?? [])].sort(
    (a, b) => Number(isOpen(b)) - Number(isOpen(a)) || b.assignedAt.localeCompare(a.assignedAt),
  );
  const firstName = engagement.client.name.split(" ")[0] ?? engagement.client.name;

  return (
    <Card className={className}>
      <section
        id="questionnaires"
        tabIndex={-1}
        aria-labelledby="questionnaires-heading"
        className="outline-none"
      >
        <CardHeader>
          <div className="min-w-0 flex-1 basis-64">
            <CardTitle id="questionnaires-heading">Questionnaires</CardTitle>
            <CardDescription>
              {isCoach
                ? `Personality questionnaires for ${firstName}. Their answers stay private until they submit.`
                : "Personality questionnaires from your coach. You and your coach see the results once you submit."}
            </CardDescription>
          </div>
          {canAssign && !assigning && list.length > 0 ? (
            <Button
              ref={assignButton}
              variant="secondary"
              size="sm"
              onClick={() => setAssigning(true)}
            >
              <Plus aria-hidden="true" />
              Assign questionnaire
            </Button>
          ) : null}
        </CardHeader>
        <CardContent className="space-y-4">
          <p role="status" className="sr-only">
            {announcement}
          </p>
          {assigning ? (
            <AssignQuestionnaireForm
              engagementId={engagement.id}
              clientName={firstName}
              assigned={list}
              onDone={(created) => {
                setAssigning(false);
                if (created) setAnnouncement(`Assigned ${created.instrument.shortName}.`);
              }}
            />
          ) : null}
          {assessments.isPending ? (
            <LoadingState label="Loading questionnaires…" />
          ) : assessments.error ? (
            <ErrorState error={assessments.error} onRetry={() => void assessments.refetch()} />
          ) : list.length === 0 ? (
            assigning ? null : (
              <EmptyState
                icon={ClipboardList}
                title="No questionnaires yet"
                description={
                  isCoach
                    ? `Assign a personality questionnaire as part of the initial assessment. ${firstName} answers it in their own time.`
                    : "Your coach will assign one when it's time. You'll find it here and on your home page."
                }
                action={
                  canAssign ? (
                    <Button
                      ref={assignButton}
                      variant="secondary"
                      onClick={() => setAssigning(true)}
                    >
                      <Plus aria-hidden="true" />
                      Assign questionnaire
                    </Button>
                  ) : null
                }
              />
            )
          ) : (
            <ul aria-labelledby="questionnaires-heading" className="divide-y divide-slate-100">
              {list.map((assessment) => (
                <QuestionnaireRow
                  key={assessment.id}
                  assessment={assessment}
                  asCoach={isCoach}
                  clientName={firstName}
                  onWithdrawn={(name) => setAnnouncement(`Withdrew ${name}.`)}
                />
              ))}
            </ul>
          )}
        </CardContent>
      </section>
    </Card>
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
  const name = assessment.instrument.shortName;
  const open = isOpen(assessment);
  const facts = [
    assessment.status === "withdrawn" ? null : answeredText(assessment),
    assessment.submittedAt
      ? `submitted ${formatDate(assessment.submittedAt)}`
      : open && assessment.dueDate
        ? `due ${formatDate(assessment.dueDate)}`
        : null,
    `assigned ${formatDate(assessment.assignedAt)}`,
  ].filter(Boolean);

  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 flex-1 space-y-1.5">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <p className="font-medium text-slate-900">{name}</p>
          <AssessmentStatusBadge status={assessment.status} />
        </div>
        <p className="text-sm text-slate-600">
          {facts.join(" · ").replace(/^./, (c) => c.toUpperCase())}
        </p>
        {open ? (
          <AnsweredBar
            answered={assessment.answered}
            itemCount={assessment.itemCount}
            className="max-w-xs"
          />
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2 sm:shrink-0">
        {asCoach ? (
          <CoachActions assessment={assessment} clientName={clientName} onWithdrawn={onWithdrawn} />
        ) : open ? (
          <Link to={`/assessments/${assessment.id}`} className={buttonClasses("primary")}>
            {takeLabel(assessment)}
            <span className="sr-only">: {name}</span>
          </Link>
        ) : assessment.status === "submitted" ? (
          <Link
            to={`/assessments/${assessment.id}/results`}
            className={buttonClasses("secondary", "sm")}
          >
            <ChartColumn aria-hidden="true" />
            See your results<span className="sr-only">: {name}</span>
          </Link>
        ) : null}
      </div>
    </li>
  );
}

function CoachActions({
  assessment,
  clientName,
  onWithdrawn,
}: {
  assessment: AssessmentSummary;
  clientName: string;
  onWithdrawn: (name: string) => void;
}) {
  const withdraw = useWithdrawAssessment();
  const [confirming, setConfirming] = useState(false);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const name = assessment.instrument.shortName;

  if (assessment.status === "submitted") {
    return (
      <Link
        to={`/assessments/${assessment.id}/results`}
        className={buttonClasses("secondary", "sm")}
      >
        <ChartColumn aria-hidden="true" />
        See results<span className="sr-only">: {name}</span>
      </Link>
    );
  }
  if (!isOpen(assessment)) return null;
  return (
    <>
      {withdraw.error ? (
        <div role="alert" className="w-full">
          <Alert tone="danger">
            {isApiError(withdraw.error, 409)
              ? "It can't be withdrawn any more: it changed in the meantime. We've reloaded the list."
              : formMessageOf(withdraw.error)}
          </Alert>
        </div>
      ) : null}
      <Link to={`/assessments/${assessment.id}`} className={buttonClasses("ghost", "sm")}>
        Details<span className="sr-only">: {name}</span>
      </Link>
      <Button
        ref={withdrawButton}
        variant="danger-outline"
        size="sm"
        aria-haspopup="dialog"
        onClick={() => setConfirming(true)}
      >
        Withdraw<span className="sr-only">: {name}</span>
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Withdraw ${name}?`}
        description={
          <>
            <p>
              {clientName} won't be able to answer it any more
              {assessment.answered === 1
                ? ", and the one answer given so far won't be scored."
                : assessment.answered > 1
                  ? `, and the ${assessment.answered} answers given so far won't be scored.`
                  : "."}
            </p>
            <p>You can assign it again afterwards.</p>
          </>
        }
        confirmLabel="Withdraw questionnaire"
        pending={withdraw.isPending}
        onConfirm={() =>
          withdraw.mutate(assessment.id, {
            onSuccess: () => onWithdrawn(name),
            onSettled: () => setConfirming(false),
          })
        }
        focusAfterClose={() =>
          withdrawButton.current?.isConnected
            ? withdrawButton.current
            : document.getElementById("questionnaires")
        }
      />
    </>
  );
}
