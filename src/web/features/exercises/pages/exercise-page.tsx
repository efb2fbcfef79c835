import { useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { ErrorState } from "../../../components/error-state";
import { Alert } from "../../../components/ui/alert";
import { buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { LoadingState } from "../../../components/ui/loading-state";
import { PageHeader } from "../../../components/ui/page-header";
import { isApiError } from "../../../lib/api-client";
import type { Me } from "../../../lib/api-types";
import { formatDate } from "../../../lib/format-date";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";
import { exerciseKeys } from "../api/exercise-keys";
import { useExercise } from "../api/get-exercise";
import type { ExerciseView } from "../api/types";
import { AnswersView } from "../components/answers-view";
import { ExerciseForm } from "../components/exercise-form";
import {
  AnsweredBar,
  answeredText,
  ExerciseStatusBadge,
  isOpen,
  sizeText,
} from "../components/exercise-status";

/**
 * /exercises/:id: the client works on the exercise here, and reads it back once submitted. The
 * coach sees where it stands while the client works, and the answers once they submit.
 */
export function ExercisePage() {
  const { id = "" } = useParams();
  const me = useCurrentUser();
  const exercise = useExercise(id);
  const queryClient = useQueryClient();
  useDocumentTitle(exercise.data?.template.title ?? "Exercise");
  const back = (engagementId?: string) =>
    engagementId
      ? { to: `/engagements/${engagementId}#exercises`, label: "Engagement" }
      : { to: "/", label: "Home" };

  if (exercise.isPending) return <LoadingState label="Loading the exercise…" />;
  if (exercise.error) {
    const status = isApiError(exercise.error) ? exercise.error.status : 0;
    if (status === 400 || status === 403 || status === 404) {
      return (
        <>
          <PageHeader title="Exercise not found" back={back()} />
          <Alert tone="warning">
            This exercise doesn't exist, or it isn't one you can see.{" "}
            <Link to="/" className="font-medium underline">
              Back to home
            </Link>
          </Alert>
        </>
      );
    }
    return (
      <>
        <PageHeader title="Exercise" back={back()} />
        <ErrorState error={exercise.error} onRetry={() => void exercise.refetch()} />
      </>
    );
  }

  const view = exercise.data;
  return (
    <>
      <PageHeader
        eyebrow={<ExerciseStatusBadge status={view.status} />}
        title={view.template.title}
        description={view.template.purpose}
        back={back(view.engagementId)}
      />
      <Body
        exercise={view}
        me={me}
        onSubmitted={() => {
          window.scrollTo({ top: 0 });
          void queryClient.invalidateQueries({ queryKey: exerciseKeys.one(view.id) });
        }}
      />
    </>
  );
}

function Body({
  exercise,
  me,
  onSubmitted,
}: {
  exercise: ExerciseView;
  me: Me;
  onSubmitted: () => void;
}) {
  const isClient = me.role === "client";
  if (exercise.status === "withdrawn")
    return (
      <Notice title="This exercise was withdrawn">
        <p>
          {isClient
            ? "Your coach withdrew it, so it takes no more answers. Nothing more to do here."
            : `You withdrew it${exercise.withdrawnAt ? ` on ${formatDate(exercise.withdrawnAt)}` : ""}. The client's answers stay private.`}
        </p>
      </Notice>
    );
  if (isClient && isOpen(exercise))
    return (
      <div className="space-y-6">
        <About exercise={exercise} />
        <ExerciseForm key={exercise.id} exercise={exercise} onSubmitted={onSubmitted} />
      </div>
    );
  if (exercise.status === "submitted" && exercise.answers)
    return (
      <div className="space-y-6">
        <Alert tone="success" role="status">
          {isClient
            ? `You submitted this on ${formatDate(exercise.submittedAt ?? exercise.assignedAt)}. Your answers are final, and your coach can read them.`
            : `Submitted on ${formatDate(exercise.submittedAt ?? exercise.assignedAt)}.`}
        </Alert>
        <Card>
          <CardHeader>
            <CardTitle>{isClient ? "Your answers" : "Answers"}</CardTitle>
          </CardHeader>
          <CardContent>
            <AnswersView exercise={exercise} answers={exercise.answers} />
          </CardContent>
        </Card>
      </div>
    );
  return <CoachWaiting exercise={exercise} />;
}

function About({ exercise }: { exercise: ExerciseView }) {
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>How to go about it</CardTitle>
          <CardDescription>
            {sizeText({
              minutes: exercise.template.minutes,
              questionCount: exercise.questionCount,
            })}
            {exercise.dueDate ? ` · your coach suggests ${formatDate(exercise.dueDate)}` : ""}
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent className="space-y-3">
        {exercise.instructions ? (
          <p className="max-w-3xl leading-relaxed whitespace-pre-line text-slate-800">
            {exercise.instructions}
          </p>
        ) : null}
        <p className="max-w-3xl text-sm text-slate-600">
          Save a draft whenever you like and come back to it. Your coach sees your answers only once
          you submit.
        </p>
      </CardContent>
    </Card>
  );
}

/** The coach's view while the client works: where it stands, never the draft. */
function CoachWaiting({ exercise }: { exercise: ExerciseView }) {
  return (
    <Card className="max-w-3xl">
      <CardHeader>
        <CardTitle>Where it stands</CardTitle>
      </CardHeader>
      <CardContent className="space-y-5">
        <div className="space-y-2">
          <p className="text-sm font-semibold text-slate-900">{answeredText(exercise)}</p>
          <AnsweredBar answered={exercise.answered} questionCount={exercise.questionCount} />
        </div>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          <Fact label="Assigned">{formatDate(exercise.assignedAt)}</Fact>
          <Fact label="Due">{exercise.dueDate ? formatDate(exercise.dueDate) : "No due date"}</Fact>
          <Fact label="Draft first saved">
            {exercise.startedAt ? formatDate(exercise.startedAt) : "Not yet"}
          </Fact>
          <Fact label="Submitted">Not yet</Fact>
        </dl>
        <p className="text-sm text-slate-600">
          The client's answers stay private while they work. You'll read them here once they submit.
        </p>
        <Link
          to={`/engagements/${exercise.engagementId}#exercises`}
          className={buttonClasses("secondary")}
        >
          Back to the engagement
        </Link>
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
      <CardContent className="space-y-4 text-slate-700">
        {children}
        <Link to="/" className={buttonClasses("secondary")}>
          Back to home
        </Link>
      </CardContent>
    </Card>
  );
}
