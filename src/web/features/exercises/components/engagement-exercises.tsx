import { BookOpenText, NotebookPen, Settings2 } from "lucide-react";
import { Link } from "react-router";
import type { Me } from "../../../../contract/accounts";
import type { EngagementSummary } from "../../../../contract/engagements";
import type { ExerciseSummary } from "../../../../contract/exercises";
import {
  AssignedWorkRow,
  AssignedWorkSection,
  WithdrawActions,
} from "../../../components/assigned-work";
import { buttonClasses } from "../../../components/ui/button";
import { formatDate } from "../../../lib/format-date";
import { useEngagementExercises } from "../api/list-engagement-exercises";
import { useWithdrawExercise } from "../api/withdraw-exercise";
import { AssignExerciseForm } from "./assign-exercise-form";
import { answeredText, ExerciseStatusBadge, isOpen, workLabel } from "./exercise-status";

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
  if (!mayAsk) return null;

  const isCoach = me.role === "coach" && engagement.coach.id === me.id;
  const list = exercises.data ?? [];
  const firstName = engagement.client.name.split(" ")[0] ?? engagement.client.name;

  return (
    <AssignedWorkSection
      id="exercises"
      title="Exercises"
      description={
        isCoach
          ? `Self-reflection exercises for ${firstName}. You read the answers once they submit.`
          : "Self-reflection exercises from your coach. Your coach reads your answers once you submit."
      }
      className={className}
      query={exercises}
      items={list}
      loading="Loading exercises…"
      canAssign={isCoach && engagement.stage !== "closed"}
      assignLabel="Assign exercise"
      headerLinks={
        <Link to="/exercise-templates" className={buttonClasses("ghost", "sm")}>
          <Settings2 aria-hidden="true" />
          Templates
        </Link>
      }
      assignForm={(done) => (
        <AssignExerciseForm
          engagementId={engagement.id}
          clientName={firstName}
          assigned={list}
          onDone={(created) => done(created && `Assigned ${created.template.title}.`)}
        />
      )}
      empty={{
        icon: NotebookPen,
        title: "No exercises yet",
        description: isCoach
          ? `Assign values, strengths, career aspirations, the leadership wheel or a story of ${firstName} at their best, or one you wrote yourself.`
          : "Your coach will assign reflection exercises when it's time. You'll find them here.",
      }}
    >
      {(exercise, onWithdrawn) => (
        <ExerciseRow
          key={exercise.id}
          exercise={exercise}
          asCoach={isCoach}
          clientName={firstName}
          onWithdrawn={onWithdrawn}
        />
      )}
    </AssignedWorkSection>
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
  const withdraw = useWithdrawExercise();
  const name = exercise.template.title;
  const open = isOpen(exercise);

  return (
    <AssignedWorkRow
      name={name}
      status={<ExerciseStatusBadge status={exercise.status} />}
      facts={[
        open ? answeredText(exercise) : null,
        exercise.submittedAt
          ? `submitted ${formatDate(exercise.submittedAt)}`
          : open && exercise.dueDate
            ? `due ${formatDate(exercise.dueDate)}`
            : null,
        `assigned ${formatDate(exercise.assignedAt)}`,
      ]}
      progress={open ? { done: exercise.answered, total: exercise.questionCount } : null}
      actions={
        exercise.status === "submitted" ? (
          <Link to={`/exercises/${exercise.id}`} className={buttonClasses("secondary", "sm")}>
            <BookOpenText aria-hidden="true" />
            {asCoach ? "Read answers" : "See your answers"}
            <span className="sr-only">: {name}</span>
          </Link>
        ) : !open ? null : asCoach ? (
          <WithdrawActions
            id={exercise.id}
            name={name}
            detailsTo={`/exercises/${exercise.id}`}
            withdraw={withdraw}
            sectionId="exercises"
            consequence={
              <>
                {clientName} won't be able to work on it any more
                {exercise.status === "draft" ? ", and their draft stays unread." : "."}
              </>
            }
            confirmLabel="Withdraw exercise"
            onWithdrawn={onWithdrawn}
          />
        ) : (
          <Link to={`/exercises/${exercise.id}`} className={buttonClasses("primary", "sm")}>
            {workLabel(exercise)}
            <span className="sr-only">: {name}</span>
          </Link>
        )
      }
    />
  );
}
