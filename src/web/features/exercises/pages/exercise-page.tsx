import { useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import type { Me } from "../../../../contract/accounts";
import type { ExerciseView } from "../../../../contract/exercises";
import { NoticeCard } from "../../../components/notice-card";
import { ResourcePage } from "../../../components/resource-page";
import { Alert } from "../../../components/ui/alert";
import { buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { PageHeader } from "../../../components/ui/page-header";
import { WhereItStands } from "../../../components/where-it-stands";
import { useEngagement } from "../../../lib/api/get-engagement";
import { formatDate } from "../../../lib/format-date";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useHashTarget } from "../../../lib/use-hash-target";
import { useCurrentUser } from "../../../lib/use-me";
import { exerciseKeys } from "../api/exercise-keys";
import { useExercise } from "../api/get-exercise";
import { AnswersView } from "../components/answers-view";
import { ExerciseForm } from "../components/exercise-form";
import { answeredText, ExerciseStatusBadge, isOpen, sizeText } from "../components/exercise-status";
import { neutralTitle } from "../components/neutral-title";

/**
 * /exercises/:id: the client works on the exercise here, and reads it back once submitted. The
 * coach sees where it stands while the client works, and the answers once they submit.
 * /exercises/:id#question-delegation (the development profile's evidence) leads to that answer.
 * Titles written to the client ("Your best self as a leader") read neutrally for the coach.
 */
export function ExercisePage() {
  const { id = "" } = useParams();
  const me = useCurrentUser();
  const exercise = useExercise(id);
  const isClient = me.role === "client";
  // The coach sees whose answers they are; the engagement is usually cached from its page.
  const engagementId = exercise.data?.engagementId ?? "";
  const engagement = useEngagement(engagementId, { enabled: !isClient && engagementId !== "" });
  const queryClient = useQueryClient();
  const titleOf = (view: ExerciseView) =>
    isClient ? view.template.title : neutralTitle(view.template.title);
  useDocumentTitle(exercise.data ? titleOf(exercise.data) : "Exercise");
  const back = (engagementId?: string) =>
    engagementId
      ? { to: `/engagements/${engagementId}#exercises`, label: "Engagement" }
      : { to: "/", label: "Home" };

  return (
    <ResourcePage
      query={exercise}
      loading="Loading the exercise…"
      name="Exercise"
      back={back()}
      notFound="This exercise doesn't exist, or it isn't one you can see."
    >
      {(view) => (
        <>
          <PageHeader
            eyebrow={<ExerciseStatusBadge status={view.status} />}
            title={titleOf(view)}
            description={view.template.purpose}
            back={back(view.engagementId)}
          />
          <Body
            exercise={view}
            me={me}
            clientName={engagement.data?.client.name}
            onSubmitted={() => {
              window.scrollTo({ top: 0 });
              void queryClient.invalidateQueries({ queryKey: exerciseKeys.one(view.id) });
            }}
          />
        </>
      )}
    </ResourcePage>
  );
}

function Body({
  exercise,
  me,
  clientName,
  onSubmitted,
}: {
  exercise: ExerciseView;
  me: Me;
  /** For the coach: whose answers they are, once known. */
  clientName: string | undefined;
  onSubmitted: () => void;
}) {
  const isClient = me.role === "client";
  // Body renders once the exercise is loaded, so the answer a link asked for is on the page.
  const target = useHashTarget({ block: "center" });
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
            <CardTitle>
              {isClient ? "Your answers" : clientName ? `${clientName}'s answers` : "Answers"}
            </CardTitle>
          </CardHeader>
          <CardContent>
            <AnswersView
              exercise={exercise}
              answers={exercise.answers}
              target={target}
              asCoach={!isClient}
            />
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
    <WhereItStands
      answered={answeredText(exercise)}
      progress={{ done: exercise.answered, total: exercise.questionCount }}
      facts={[
        ["Assigned", formatDate(exercise.assignedAt)],
        ["Due", exercise.dueDate ? formatDate(exercise.dueDate) : "No due date"],
        ["Draft first saved", exercise.startedAt ? formatDate(exercise.startedAt) : "Not yet"],
        ["Submitted", "Not yet"],
      ]}
    >
      <p className="text-sm text-slate-600">
        The client's answers stay private while they work. You'll read them here once they submit.
      </p>
      <Link
        to={`/engagements/${exercise.engagementId}#exercises`}
        className={buttonClasses("secondary")}
      >
        Back to the engagement
      </Link>
    </WhereItStands>
  );
}

function Notice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <NoticeCard title={title}>
      {children}
      <Link to="/" className={buttonClasses("secondary")}>
        Back to home
      </Link>
    </NoticeCard>
  );
}
