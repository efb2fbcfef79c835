import { BookOpenText, NotebookPen, Plus, Settings2 } from "lucide-react";
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
import type { EngagementSummary, Me } from "../../../lib/api-types";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDate } from "../../../lib/format-date";
import { useEngagementExercises } from "../api/list-engagement-exercises";
import type { ExerciseSummary } from "../api/types";
import { useWithdrawExercise } from "../api/withdraw-exercise";
import { AssignExerciseForm } from "./assign-exercise-form";
import {
  AnsweredBar,
  answeredText,
  ExerciseStatusBadge,
  isOpen,
  workLabel,
} from "./exercise-status";

type EngagementExercisesProps = { engagement: EngagementSummary; me: Me; className?: string };

/**
 * The engagement's self-reflection exercises, for its client and its coach only: the API refuses
 * everyone else (403), and then the section is not shown at all. The coach assigns, follows where
 * each stands, withdraws and reads what was submitted; the client starts, continues and reads
 * back what they submitted.
 */
export function EngagementExercises({ engagement, me, className }: EngagementExercisesProps) {
  const mayAsk = me.role === "client" || me.role === "coach";
  const exercises = useEngagementExercises(engagement.id, { enabled: mayAsk });
  const [assigning, setAssigning] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const assignButton = useRef<HTMLButtonElement>(null);
  const wasAssigning = useRef(false);

  // Closing the form gives focus back to the button that opened it.
  useEffect(() => {
    if (wasAssigning.current && !assigning) assignButton.current?.focus();
    wasAssigning.current = assigning;
  }, [assigning]);

  if (!mayAsk || isApiError(exercises.error, 403)) return null;

  const isCoach = me.role === "coach" && engagement.coach.id === me.id;
  const canAssign = isCoach && engagement.stage !== "closed";
  const list = exercises.data ?? [];
  const firstName = engagement.client.name.split(" ")[0] ?? engagement.client.name;

  return (
    <Card className={className}>
      <section
        id="exercises"
        tabIndex={-1}
        aria-labelledby="exercises-heading"
        className="outline-none"
      >
        <CardHeader>
          <div className="min-w-0">
            <CardTitle id="exercises-heading">Exercises</CardTitle>
            <CardDescription>
              {isCoach
                ? `Self-reflection exercises for ${firstName}. You read the answers once they submit.`
                : "Self-reflection exercises from your coach. Your coach reads your answers once you submit."}
            </CardDescription>
          </div>
          {canAssign && !assigning && list.length > 0 ? (
            <div className="flex flex-wrap gap-2">
              <Link to="/exercise-templates" className={buttonClasses("ghost", "sm")}>
                <Settings2 aria-hidden="true" />
                Templates
              </Link>
              <Button
                ref={assignButton}
                variant="secondary"
                size="sm"
                onClick={() => setAssigning(true)}
              >
                <Plus aria-hidden="true" />
                Assign exercise
              </Button>
            </div>
          ) : null}
        </CardHeader>
        <CardContent className="space-y-4">
          <p role="status" className="sr-only">
            {announcement}
          </p>
          {assigning ? (
            <AssignExerciseForm
              engagementId={engagement.id}
              clientName={firstName}
              assigned={list}
              onDone={(created) => {
                setAssigning(false);
                if (created) setAnnouncement(`Assigned ${created.template.title}.`);
              }}
            />
          ) : null}
          {exercises.isPending ? (
            <LoadingState label="Loading exercises…" />
          ) : exercises.error ? (
            <ErrorState error={exercises.error} onRetry={() => void exercises.refetch()} />
          ) : list.length === 0 ? (
            assigning ? null : (
              <EmptyState
                icon={NotebookPen}
                title="No exercises yet"
                description={
                  isCoach
                    ? `Assign values, strengths, career aspirations, the leadership wheel or a story of ${firstName} at their best, or one you wrote yourself.`
                    : "Your coach will assign reflection exercises when it's time. You'll find them here."
                }
                action={
                  canAssign ? (
                    <Button
                      ref={assignButton}
                      variant="secondary"
                      onClick={() => setAssigning(true)}
                    >
                      <Plus aria-hidden="true" />
                      Assign exercise
                    </Button>
                  ) : null
                }
              />
            )
          ) : (
            <ul aria-labelledby="exercises-heading" className="divide-y divide-slate-100">
              {list.map((exercise) => (
                <ExerciseRow
                  key={exercise.id}
                  exercise={exercise}
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

function ExerciseRow({
  exercise,
  asCoach,
  clientName,
  onWithdrawn,
}: {
  exercise: ExerciseSummary;
  asCoach: boolean;
  clientName: string;
  onWithdrawn: (name: string) => void;
}) {
  const name = exercise.template.title;
  const open = isOpen(exercise);
  const facts = [
    open ? answeredText(exercise) : null,
    exercise.submittedAt
      ? `submitted ${formatDate(exercise.submittedAt)}`
      : open && exercise.dueDate
        ? `due ${formatDate(exercise.dueDate)}`
        : null,
    `assigned ${formatDate(exercise.assignedAt)}`,
  ].filter(Boolean);

  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 flex-1 space-y-1.5">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <p className="font-medium text-slate-900">{name}</p>
          <ExerciseStatusBadge status={exercise.status} />
        </div>
        <p className="text-sm text-slate-600">
          {facts.join(" · ").replace(/^./, (c) => c.toUpperCase())}
        </p>
        {open ? (
          <AnsweredBar
            answered={exercise.answered}
            questionCount={exercise.questionCount}
            className="max-w-xs"
          />
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2 sm:shrink-0">
        {asCoach ? (
          <CoachActions exercise={exercise} clientName={clientName} onWithdrawn={onWithdrawn} />
        ) : open ? (
          <Link to={`/exercises/${exercise.id}`} className={buttonClasses("primary", "sm")}>
            {workLabel(exercise)}
            <span className="sr-only">: {name}</span>
          </Link>
        ) : exercise.status === "submitted" ? (
          <Link to={`/exercises/${exercise.id}`} className={buttonClasses("secondary", "sm")}>
            <BookOpenText aria-hidden="true" />
            See your answers<span className="sr-only">: {name}</span>
          </Link>
        ) : null}
      </div>
    </li>
  );
}

function CoachActions({
  exercise,
  clientName,
  onWithdrawn,
}: {
  exercise: ExerciseSummary;
  clientName: string;
  onWithdrawn: (name: string) => void;
}) {
  const withdraw = useWithdrawExercise();
  const [confirming, setConfirming] = useState(false);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const name = exercise.template.title;

  if (exercise.status === "submitted") {
    return (
      <Link to={`/exercises/${exercise.id}`} className={buttonClasses("secondary", "sm")}>
        <BookOpenText aria-hidden="true" />
        Read answers<span className="sr-only">: {name}</span>
      </Link>
    );
  }
  if (!isOpen(exercise)) return null;
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
      <Link to={`/exercises/${exercise.id}`} className={buttonClasses("ghost", "sm")}>
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
              {clientName} won't be able to work on it any more
              {exercise.status === "draft" ? ", and their draft stays unread." : "."}
            </p>
            <p>You can assign it again afterwards.</p>
          </>
        }
        confirmLabel="Withdraw exercise"
        pending={withdraw.isPending}
        onConfirm={() =>
          withdraw.mutate(exercise.id, {
            onSuccess: () => onWithdrawn(name),
            onSettled: () => setConfirming(false),
          })
        }
        focusAfterClose={() =>
          withdrawButton.current?.isConnected
            ? withdrawButton.current
            : document.getElementById("exercises")
        }
      />
    </>
  );
}
