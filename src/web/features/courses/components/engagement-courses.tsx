import { Mail } from "lucide-react";
import { useState } from "react";
import type { Me } from "../../../../contract/accounts";
import type { EnrolmentView } from "../../../../contract/courses";
import type { EngagementSummary } from "../../../../contract/engagements";
import { QueryState } from "../../../components/query-state";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Badge } from "../../../components/ui/badge";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { FormField } from "../../../components/ui/form-field";
import { Select } from "../../../components/ui/select";
import { formMessageOf } from "../../../lib/form-errors";
import { useCourses } from "../api/courses";
import { useEngagementCourses, useEnrol, useStopCourse } from "../api/enrolments";
import { ENROLMENT_STATUS, progressText } from "./course-words";

type EngagementCoursesProps = { engagement: EngagementSummary; me: Me; className?: string };

/**
 * The "Email course" card of an engagement: the client's courses with their progress, for the
 * client, their coach and the practice's admin. The coach enrols the client; the client may stop
 * a course. The sponsor does not see it.
 */
export function EngagementCourses({ engagement, me, className }: EngagementCoursesProps) {
  const isCoach = me.role === "coach" && engagement.coach.id === me.id;
  const isClient = me.id === engagement.client.id;
  const mayAsk = isCoach || isClient || (me.role === "coach" && me.isAdmin);
  const enrolments = useEngagementCourses(engagement.id, { enabled: mayAsk });
  if (!mayAsk) return null;
  const firstName = engagement.client.name.split(" ")[0] ?? engagement.client.name;

  return (
    <Card className={className}>
      <section aria-labelledby="courses-heading">
        <CardHeader>
          <div>
            <CardTitle id="courses-heading">Email course</CardTitle>
            <CardDescription>
              {isClient
                ? "Short lessons by mail, each with one task for the day. Mark a task done from its mail."
                : `Short lessons by mail for ${firstName}, each with one task for the day.`}
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-5">
          <QueryState query={enrolments} loading="Loading courses…">
            {(list) =>
              list.length === 0 ? (
                <p className="text-sm text-slate-600">
                  {isClient
                    ? "You are not taking an email course here."
                    : `${firstName} is not taking an email course yet.`}
                </p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {list.map((enrolment) => (
                    <EnrolmentRow
                      key={enrolment.subscriptionId}
                      enrolment={enrolment}
                      engagementId={engagement.id}
                    />
                  ))}
                </ul>
              )
            }
          </QueryState>
          {isCoach && engagement.stage !== "closed" ? (
            <EnrolForm engagementId={engagement.id} clientName={firstName} />
          ) : null}
        </CardContent>
      </section>
    </Card>
  );
}

function EnrolmentRow({
  enrolment,
  engagementId,
}: {
  enrolment: EnrolmentView;
  engagementId: string;
}) {
  const status = ENROLMENT_STATUS[enrolment.status];
  return (
    <li className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <p className="font-medium break-words text-slate-900">{enrolment.courseTitle}</p>
          <Badge tone={status.tone}>{status.label}</Badge>
        </div>
        <p className="text-sm text-slate-700">{progressText(enrolment)}</p>
        {enrolment.enrolledByName ? (
          <p className="text-xs text-slate-600">Enrolled by {enrolment.enrolledByName}</p>
        ) : null}
      </div>
      {enrolment.mayStop ? <StopButton enrolment={enrolment} engagementId={engagementId} /> : null}
    </li>
  );
}

function StopButton({
  enrolment,
  engagementId,
}: {
  enrolment: EnrolmentView;
  engagementId: string;
}) {
  const [open, setOpen] = useState(false);
  const stop = useStopCourse(engagementId);
  return (
    <>
      <Button variant="danger-outline" size="sm" onClick={() => setOpen(true)}>
        Stop this course<span className="sr-only">: {enrolment.courseTitle}</span>
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`Stop “${enrolment.courseTitle}”?`}
        description={
          <p>
            No more lessons will be sent. Your coach cannot enrol you in it again; you can subscribe
            again yourself from the practice's course page.
          </p>
        }
        confirmLabel="Stop the course"
        pending={stop.isPending}
        onConfirm={() => stop.mutate(enrolment.subscriptionId, { onSettled: () => setOpen(false) })}
      />
      {stop.error ? <Alert tone="danger">{formMessageOf(stop.error)}</Alert> : null}
    </>
  );
}

function EnrolForm({ engagementId, clientName }: { engagementId: string; clientName: string }) {
  const courses = useCourses();
  const enrol = useEnrol(engagementId);
  const [courseId, setCourseId] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const open = (courses.data ?? []).filter((course) => course.status === "published");

  return (
    <form
      className="space-y-3 rounded-lg border border-slate-200 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        setDone(null);
        if (!courseId) return;
        enrol.mutate(courseId, {
          onSuccess: (created) => {
            setDone(
              `Enrolled ${clientName} in ${created.courseTitle}. The first lesson is on its way.`,
            );
            setCourseId("");
          },
        });
      }}
    >
      <FormField
        label="Enrol in a course"
        name="courseId"
        hint={`${clientName} gets lesson 1 now, with a note that you enrolled them, and can unsubscribe from any lesson.`}
      >
        {(control) => (
          <Select
            {...control}
            value={courseId}
            onChange={(event) => setCourseId(event.target.value)}
            disabled={courses.status !== "success"}
          >
            <option value="">Choose a course…</option>
            {open.map((course) => (
              <option key={course.id} value={course.id}>
                {course.title} ({course.lessonCount} lessons)
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormAlert message={enrol.error ? formMessageOf(enrol.error) : null} />
      <div role="status" className="empty:hidden">
        {done ? <Alert tone="success">{done}</Alert> : null}
      </div>
      <Button type="submit" size="sm" pending={enrol.isPending} disabled={!courseId}>
        <Mail aria-hidden="true" />
        Enrol {clientName}
      </Button>
    </form>
  );
}
