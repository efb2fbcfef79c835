import { Pencil } from "lucide-react";
import { useRef, useState } from "react";
import { useParams } from "react-router";
import type { Goal } from "../../../../contract/goals";
import { ResourcePage } from "../../../components/resource-page";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { PageHeader } from "../../../components/ui/page-header";
import { useEngagement } from "../../../lib/api/get-engagement";
import { formatDate } from "../../../lib/format-date";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useFocusOnClose } from "../../../lib/use-focus-on-close";
import { useGoal } from "../api/goals";
import { CloseGoal } from "../components/close-goal";
import { GoalComments } from "../components/goal-comments";
import { GoalDetails } from "../components/goal-details";
import { GoalForm } from "../components/goal-form";
import { GoalProgress } from "../components/goal-progress";
import { GoalStatusBadge, GoalStatusLine } from "../components/goal-status";
import { LatestAndNext } from "../components/measurement-form";
import { MeasurementList } from "../components/measurement-list";
import { Milestones } from "../components/milestones";
import { GoalPlan } from "../components/plan/goal-plan";

/** One goal: its status and progress, its fields with guidance, milestones, plan and comments. */
export function GoalPage() {
  const { id = "" } = useParams();
  const goal = useGoal(id);
  useDocumentTitle(goal.data ? `Goal: ${goal.data.statement}` : "Goal");
  const back = goal.data
    ? { to: `/engagements/${goal.data.engagementId}`, label: "Engagement" }
    : { to: "/", label: "Home" };
  return (
    <ResourcePage
      query={goal}
      loading="Loading the goal…"
      name="Goal"
      back={back}
      notFound="This goal doesn't exist, or it isn't one you can see."
    >
      {(data) => <GoalView goal={data} />}
    </ResourcePage>
  );
}

function GoalView({ goal }: { goal: Goal }) {
  const engagement = useEngagement(goal.engagementId);
  const title = engagement.data?.title ?? "Engagement";
  // A closed engagement's goals are read only, whatever their own state.
  const engagementOpen = engagement.data?.stage !== "closed";
  const open = goal.state === "open" && engagementOpen;
  return (
    <>
      <PageHeader
        eyebrow={<GoalStatusBadge status={goal.status} />}
        title={goal.statement}
        description={goal.dueDate ? `${title} · due ${formatDate(goal.dueDate)}` : title}
        back={{ to: `/engagements/${goal.engagementId}`, label: title }}
      />
      {/* On a phone the goal's fields follow its progress; on a wide screen they stand beside it. */}
      <div className="grid items-start gap-6 lg:grid-cols-3 lg:grid-rows-[auto_auto_auto_1fr]">
        <Card className="min-w-0 lg:col-span-2">
          <section aria-labelledby="progress-heading">
            <CardHeader>
              <CardTitle id="progress-heading">Progress</CardTitle>
            </CardHeader>
            <CardContent className="space-y-4">
              <GoalStatusLine status={goal.status} />
              {goal.closedReason ? (
                <p className="text-sm text-slate-700">Why: {goal.closedReason}</p>
              ) : null}
              <GoalProgress goal={goal} />
              <LatestAndNext goal={goal} measurable={open} />
              <MeasurementList goal={goal} />
            </CardContent>
          </section>
        </Card>
        <div className="min-w-0 space-y-6 lg:col-start-3 lg:row-span-4 lg:row-start-1">
          <GoalFieldsCard goal={goal} editable={open} />
          {open ? <CloseCard goal={goal} /> : null}
        </div>
        <Card className="min-w-0 lg:col-span-2">
          <section aria-labelledby="milestones-heading">
            <CardHeader>
              <div>
                <CardTitle id="milestones-heading">Milestones</CardTitle>
                <CardDescription>Steps on the way, each with its date.</CardDescription>
              </div>
            </CardHeader>
            <CardContent>
              <Milestones goal={goal} editable={engagementOpen} />
            </CardContent>
          </section>
        </Card>
        <div className="min-w-0 lg:col-span-2">
          <GoalPlan goalId={goal.id} engagementId={goal.engagementId} />
        </div>
        <Card className="min-w-0 lg:col-span-2">
          <section aria-labelledby="comments-heading">
            <CardHeader>
              <CardTitle id="comments-heading">Comments</CardTitle>
            </CardHeader>
            <CardContent>
              <GoalComments goal={goal} />
            </CardContent>
          </section>
        </Card>
      </div>
    </>
  );
}

function CloseCard({ goal }: { goal: Goal }) {
  return (
    <Card>
      <section aria-labelledby="close-heading">
        <CardHeader>
          <div>
            <CardTitle id="close-heading">Close</CardTitle>
            <CardDescription>When the goal is achieved, dropped or replaced.</CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          <CloseGoal goal={goal} />
        </CardContent>
      </section>
    </Card>
  );
}

function GoalFieldsCard({ goal, editable }: { goal: Goal; editable: boolean }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  useFocusOnClose(editing, editButton);
  return (
    <Card>
      <section aria-labelledby="goal-fields-heading">
        <CardHeader>
          <div>
            <CardTitle id="goal-fields-heading">Goal details</CardTitle>
            <CardDescription>
              {editing
                ? "Keel's advice sits beside each field."
                : "What is measured, from where to where, and why it matters."}
            </CardDescription>
          </div>
          {editable && !editing ? (
            <Button ref={editButton} variant="secondary" size="sm" onClick={() => setEditing(true)}>
              <Pencil aria-hidden="true" />
              Edit goal
            </Button>
          ) : null}
        </CardHeader>
        <CardContent className="space-y-4">
          {saved && !editing ? (
            <Alert tone="success" role="status">
              Goal saved.
            </Alert>
          ) : null}
          {editing ? (
            <GoalForm
              engagementId={goal.engagementId}
              goal={goal}
              onSaved={() => {
                setSaved(true);
                setEditing(false);
              }}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <GoalDetails goal={goal} />
          )}
        </CardContent>
      </section>
    </Card>
  );
}
