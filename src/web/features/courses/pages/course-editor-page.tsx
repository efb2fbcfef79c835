import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { useParams } from "react-router";
import type { CourseView, DraftLesson } from "../../../../contract/courses";
import type { Cadence } from "../../../../domain/courses/course-content";
import { ResourcePage } from "../../../components/resource-page";
import { Alert } from "../../../components/ui/alert";
import { Badge } from "../../../components/ui/badge";
import { Button } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { PageHeader } from "../../../components/ui/page-header";
import { Textarea } from "../../../components/ui/textarea";
import { isApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCourse, usePublishCourse, useSaveCourse, useWithdrawCourse } from "../api/courses";
import { CadenceField } from "../components/cadence-field";
import { COURSE_STATUS, cadenceText } from "../components/course-words";
import { LessonMailPreview } from "../components/lesson-mail-preview";

/** /courses/:id: a course's lessons, written (author and admin) or read, with each lesson's mail. */
export function CourseEditorPage() {
  const { id = "" } = useParams();
  const course = useCourse(id);
  useDocumentTitle(course.data?.title ?? "Course");
  const back = { to: "/courses", label: "Courses" };
  return (
    <ResourcePage
      query={course}
      loading="Loading the course…"
      name="Course"
      back={back}
      notFound="This course doesn't exist, or it isn't one of your practice's."
      notFoundLink={{ to: back.to, label: <>Back to courses</> }}
    >
      {(data) => <CourseEditor key={data.id} course={data} />}
    </ResourcePage>
  );
}

type Draft = { title: string; summary: string; cadence: Cadence; lessons: DraftLesson[] };

const EMPTY_LESSON: DraftLesson = { title: "", body: "", task: "" };

function draftOf(course: CourseView): Draft {
  return {
    title: course.title,
    summary: course.summary,
    cadence: course.cadence,
    lessons: course.lessons,
  };
}

let lessonKeys = 0;
const newKey = () => {
  lessonKeys += 1;
  return `lesson-${lessonKeys}`;
};

function CourseEditor({ course }: { course: CourseView }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(course));
  const [selected, setSelected] = useState(0);
  // Each lesson's key for React, moved and removed with it.
  const [keys, setKeys] = useState(() => course.lessons.map(newKey));
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSaveCourse(course.id);
  const publish = usePublishCourse(course.id);
  const withdraw = useWithdrawCourse(course.id);
  const readOnly = !course.mayEdit;
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(course));
  const status = COURSE_STATUS[course.status];
  const lesson = draft.lessons[selected];
  const problems = isApiError(publish.error, 400) ? publish.error.fields : [];

  const setLessons = (lessons: DraftLesson[], next = selected, nextKeys = keys) => {
    setDraft({ ...draft, lessons });
    setKeys(nextKeys);
    setSelected(Math.max(0, Math.min(next, lessons.length - 1)));
  };
  const saveDraft = () =>
    save.mutateAsync({ ...draft, baseVersion: course.version }).then(() => setNotice("Saved."));

  return (
    <>
      <PageHeader
        eyebrow={course.kind === "own" ? <Badge tone={status.tone}>{status.label}</Badge> : null}
        title={course.title}
        description={`${draft.lessons.length} lessons · ${cadenceText(draft.cadence)}${
          course.publishedVersion ? ` · published version ${course.publishedVersion}` : ""
        }`}
        back={{ to: "/courses", label: "Courses" }}
        actions={
          readOnly ? null : (
            <div className="flex flex-wrap gap-2">
              <Button
                variant="secondary"
                pending={save.isPending}
                disabled={!dirty}
                onClick={() => void saveDraft().catch(() => undefined)}
              >
                Save
              </Button>
              <PublishButton
                course={course}
                pending={publish.isPending || save.isPending}
                onPublish={async () => {
                  setNotice(null);
                  if (dirty) await saveDraft();
                  await publish.mutateAsync();
                  setNotice("Published. New subscribers get this version.");
                }}
              />
              {course.status === "published" ? (
                <WithdrawButton
                  pending={withdraw.isPending}
                  onWithdraw={() =>
                    withdraw.mutate(undefined, {
                      onSuccess: () => setNotice("Withdrawn. Nobody new can subscribe."),
                    })
                  }
                />
              ) : null}
            </div>
          )
        }
      />
      <EditorNotices notice={notice} course={course} />
      <EditorErrors
        saveError={save.error}
        publishError={publish.error}
        withdrawError={withdraw.error}
        problems={problems}
      />
      <div className="grid items-start gap-6 lg:grid-cols-[16rem_1fr]">
        <LessonList
          lessons={draft.lessons}
          keys={keys}
          selected={selected}
          readOnly={readOnly}
          onSelect={setSelected}
          onAdd={() =>
            setLessons([...draft.lessons, { ...EMPTY_LESSON }], draft.lessons.length, [
              ...keys,
              newKey(),
            ])
          }
        />
        <div className="min-w-0 space-y-6">
          {readOnly ? null : <CourseFacts draft={draft} problems={problems} onChange={setDraft} />}
          {lesson ? (
            <Card>
              <section aria-labelledby="lesson-heading">
                <CardHeader>
                  <CardTitle id="lesson-heading">Lesson {selected + 1}</CardTitle>
                  {readOnly ? null : (
                    <LessonMoves
                      index={selected}
                      count={draft.lessons.length}
                      onMove={(to) => {
                        setLessons(
                          moved(draft.lessons, selected, to),
                          to,
                          moved(keys, selected, to),
                        );
                      }}
                      onRemove={() =>
                        setLessons(
                          draft.lessons.filter((_, index) => index !== selected),
                          selected,
                          keys.filter((_, index) => index !== selected),
                        )
                      }
                    />
                  )}
                </CardHeader>
                <CardContent className="space-y-6">
                  {readOnly ? null : (
                    <LessonFields
                      lesson={lesson}
                      problems={problems}
                      index={selected}
                      onChange={(changed) =>
                        setLessons(
                          draft.lessons.map((item, index) => (index === selected ? changed : item)),
                        )
                      }
                    />
                  )}
                  <LessonMailPreview
                    courseId={course.id}
                    input={{
                      courseTitle: draft.title,
                      lessonNumber: selected + 1,
                      lessonCount: draft.lessons.length,
                      lesson,
                    }}
                  />
                </CardContent>
              </section>
            </Card>
          ) : (
            <p className="text-sm text-slate-600">
              No lessons yet. Add the first: a short text and one task for the day.
            </p>
          )}
        </div>
      </div>
    </>
  );
}

function CourseFacts({
  draft,
  problems,
  onChange,
}: {
  draft: Draft;
  problems: { path: string; message: string }[];
  onChange: (draft: Draft) => void;
}) {
  const problem = (field: string) => problems.find((p) => p.path === field)?.message;
  return (
    <Card>
      <section aria-labelledby="course-facts-heading">
        <CardHeader>
          <CardTitle id="course-facts-heading">About the course</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          <FormField label="Title" name="title" error={problem("title")}>
            {(control) => (
              <Input
                {...control}
                value={draft.title}
                maxLength={200}
                onChange={(event) => onChange({ ...draft, title: event.target.value })}
              />
            )}
          </FormField>
          <FormField
            label="Summary"
            name="summary"
            error={problem("summary")}
            hint="Shown on the course's page; needed before publishing."
          >
            {(control) => (
              <Textarea
                {...control}
                rows={2}
                value={draft.summary}
                maxLength={1000}
                onChange={(event) => onChange({ ...draft, summary: event.target.value })}
              />
            )}
          </FormField>
          <CadenceField
            value={draft.cadence}
            onChange={(cadence) => onChange({ ...draft, cadence })}
          />
        </CardContent>
      </section>
    </Card>
  );
}

function LessonFields({
  lesson,
  index,
  problems,
  onChange,
}: {
  lesson: DraftLesson;
  index: number;
  problems: { path: string; message: string }[];
  onChange: (lesson: DraftLesson) => void;
}) {
  const problem = (field: string) =>
    problems.find((p) => p.path === `lessons.${index}.${field}`)?.message;
  return (
    <div className="space-y-4">
      <FormField label="Title" name="lesson-title" error={problem("title")}>
        {(control) => (
          <Input
            {...control}
            value={lesson.title}
            maxLength={200}
            onChange={(event) => onChange({ ...lesson, title: event.target.value })}
          />
        )}
      </FormField>
      <FormField
        label="Text"
        name="lesson-body"
        error={problem("body")}
        hint="Markdown: **bold**, *italic*, lists and links. Keep it short enough to read over coffee."
      >
        {(control) => (
          <Textarea
            {...control}
            rows={8}
            value={lesson.body}
            maxLength={20_000}
            onChange={(event) => onChange({ ...lesson, body: event.target.value })}
          />
        )}
      </FormField>
      <FormField
        label="Today's task"
        name="lesson-task"
        error={problem("task")}
        hint="One concrete thing to do today."
      >
        {(control) => (
          <Textarea
            {...control}
            rows={3}
            value={lesson.task}
            maxLength={4_000}
            onChange={(event) => onChange({ ...lesson, task: event.target.value })}
          />
        )}
      </FormField>
    </div>
  );
}

function LessonMoves({
  index,
  count,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  return (
    <div className="flex flex-wrap gap-1">
      <Button variant="ghost" size="sm" disabled={index === 0} onClick={() => onMove(index - 1)}>
        <ArrowUp aria-hidden="true" />
        Earlier
      </Button>
      <Button
        variant="ghost"
        size="sm"
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        <ArrowDown aria-hidden="true" />
        Later
      </Button>
      <Button variant="danger-outline" size="sm" onClick={onRemove}>
        <Trash2 aria-hidden="true" />
        Remove
      </Button>
    </div>
  );
}

function PublishButton({
  course,
  pending,
  onPublish,
}: {
  course: CourseView;
  pending: boolean;
  onPublish: () => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>
        {course.publishedVersion ? "Publish changes" : "Publish"}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={course.publishedVersion ? "Publish a new version?" : "Publish this course?"}
        description={
          <p>
            New subscribers get the lessons as they are now. Anyone already subscribed keeps the
            version they joined.
          </p>
        }
        confirmLabel="Publish"
        confirmVariant="primary"
        pending={pending}
        onConfirm={() =>
          void onPublish()
            .catch(() => undefined)
            .finally(() => setOpen(false))
        }
      />
    </>
  );
}

function WithdrawButton({ pending, onWithdraw }: { pending: boolean; onWithdraw: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="danger-outline" onClick={() => setOpen(true)}>
        Withdraw
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Withdraw this course?"
        description={
          <p>
            Nobody new can subscribe or be enrolled. Those subscribed keep getting their lessons to
            the end.
          </p>
        }
        confirmLabel="Withdraw"
        pending={pending}
        onConfirm={() => {
          onWithdraw();
          setOpen(false);
        }}
      />
    </>
  );
}

function moved<T>(items: T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

function EditorErrors({
  saveError,
  publishError,
  withdrawError,
  problems,
}: {
  saveError: Error | null;
  publishError: Error | null;
  withdrawError: Error | null;
  problems: { path: string; message: string }[];
}) {
  return (
    <div role="alert" className="mb-4 space-y-2 empty:hidden">
      {saveError ? (
        <Alert tone="danger">
          {formMessageOf(saveError)}
          {isApiError(saveError, 409) ? (
            <Button variant="link" onClick={() => window.location.reload()}>
              Reload the course
            </Button>
          ) : null}
        </Alert>
      ) : null}
      {publishError ? (
        <Alert tone="danger">
          <p>{publishError.message}</p>
          {problems.length > 1 ? (
            <ul className="mt-1 list-disc pl-5">
              {problems.map((problem) => (
                <li key={problem.path}>{problem.message}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {withdrawError ? <Alert tone="danger">{formMessageOf(withdrawError)}</Alert> : null}
    </div>
  );
}

function LessonList({
  lessons,
  keys,
  selected,
  readOnly,
  onSelect,
  onAdd,
}: {
  lessons: DraftLesson[];
  keys: string[];
  selected: number;
  readOnly: boolean;
  onSelect: (index: number) => void;
  onAdd: () => void;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle id="lessons-heading">Lessons</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3">
        <ol aria-labelledby="lessons-heading" className="space-y-1">
          {lessons.map((item, index) => (
            <li key={keys[index] ?? index}>
              <button
                type="button"
                aria-current={index === selected ? "true" : undefined}
                onClick={() => onSelect(index)}
                className="w-full rounded-md px-2 py-1.5 text-left text-sm break-words text-slate-800 hover:bg-slate-50 aria-[current=true]:bg-brand-50 aria-[current=true]:font-medium aria-[current=true]:text-brand-900"
              >
                {index + 1}. {item.title.trim() || "Untitled lesson"}
              </button>
            </li>
          ))}
        </ol>
        {readOnly ? null : (
          <Button variant="secondary" size="sm" onClick={onAdd}>
            <Plus aria-hidden="true" />
            Add a lesson
          </Button>
        )}
      </CardContent>
    </Card>
  );
}

function EditorNotices({ notice, course }: { notice: string | null; course: CourseView }) {
  return (
    <div role="status" className="mb-4 space-y-2 empty:hidden">
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {!course.mayEdit ? (
        <Alert tone="info">
          {course.kind === "keel"
            ? "Keel's own course: read it and preview its mails; it can't be changed."
            : "Only the course's author and the practice's admin change it."}
        </Alert>
      ) : null}
    </div>
  );
}
