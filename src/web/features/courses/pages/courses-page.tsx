import { Mail, Pencil, Plus, Users } from "lucide-react";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import type { CourseSummary } from "../../../../contract/courses";
import type { Cadence } from "../../../../domain/courses/course-content";
import { QueryState } from "../../../components/query-state";
import { FormAlert } from "../../../components/ui/alert";
import { Badge } from "../../../components/ui/badge";
import { Button, buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { PageHeader } from "../../../components/ui/page-header";
import { Textarea } from "../../../components/ui/textarea";
import { fieldErrorsOf, formMessageOf } from "../../../lib/form-errors";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";
import { useCourses, useCreateCourse } from "../api/courses";
import { CadenceField } from "../components/cadence-field";
import { COURSE_STATUS, cadenceText } from "../components/course-words";

/** /courses: Keel's email courses and the practice's own; a coach starts one of their own here. */
export function CoursesPage() {
  useDocumentTitle("Courses");
  const courses = useCourses();
  const me = useCurrentUser();
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title="Courses"
        description="Email courses: a short lesson and one task per mail. Enrol a client from their engagement."
        actions={
          creating ? null : (
            <>
              {me.isAdmin ? (
                <Link to="/subscribers" className={buttonClasses("secondary")}>
                  <Users aria-hidden="true" />
                  Subscribers
                </Link>
              ) : null}
              <Button onClick={() => setCreating(true)}>
                <Plus aria-hidden="true" />
                New course
              </Button>
            </>
          )
        }
      />
      {creating ? <NewCourseForm onCancel={() => setCreating(false)} /> : null}
      <QueryState query={courses} loading="Loading courses…">
        {(list) => (
          <div className="space-y-8">
            <CourseList
              id="own-courses"
              title="The practice's courses"
              description="Written by the practice's coaches. A course's author and the practice's admin change it; subscribers keep the version they joined."
              courses={list.filter((course) => course.kind === "own")}
              empty
            />
            <CourseList
              id="keel-courses"
              title="Keel's courses"
              description="Ready to use; they can't be changed."
              courses={list.filter((course) => course.kind === "keel")}
            />
          </div>
        )}
      </QueryState>
    </>
  );
}

function CourseList({
  id,
  title,
  description,
  courses,
  empty = false,
}: {
  id: string;
  title: string;
  description: string;
  courses: CourseSummary[];
  empty?: boolean;
}) {
  return (
    <Card>
      <section aria-labelledby={id}>
        <CardHeader>
          <div>
            <CardTitle id={id}>{title}</CardTitle>
            <CardDescription>{description}</CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          {courses.length === 0 && empty ? (
            <EmptyState
              icon={Mail}
              title="No courses of the practice yet"
              description="Write one: a title, how often lessons arrive, then the lessons."
            />
          ) : (
            <ul aria-labelledby={id} className="divide-y divide-slate-100">
              {courses.map((course) => (
                <CourseRow key={course.id} course={course} />
              ))}
            </ul>
          )}
        </CardContent>
      </section>
    </Card>
  );
}

function CourseRow({ course }: { course: CourseSummary }) {
  const status = COURSE_STATUS[course.status];
  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 flex-1 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <p className="font-medium break-words text-slate-900">{course.title}</p>
          {course.kind === "own" ? <Badge tone={status.tone}>{status.label}</Badge> : null}
        </div>
        {course.summary ? (
          <p className="line-clamp-2 text-sm text-slate-600">{course.summary}</p>
        ) : null}
        <p className="text-xs font-medium text-slate-600">
          {course.lessonCount} {course.lessonCount === 1 ? "lesson" : "lessons"} ·{" "}
          {cadenceText(course.cadence)}
          {course.authorName ? ` · by ${course.authorName}` : ""}
          {course.publishedVersion ? ` · version ${course.publishedVersion}` : ""}
        </p>
      </div>
      <Link
        to={`/courses/${encodeURIComponent(course.id)}`}
        className={buttonClasses("secondary", "sm")}
      >
        {course.mayEdit ? <Pencil aria-hidden="true" /> : null}
        {course.mayEdit ? "Edit" : "Read"}
        <span className="sr-only">: {course.title}</span>
      </Link>
    </li>
  );
}

const slugOf = (title: string) =>
  title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);

function NewCourseForm({ onCancel }: { onCancel: () => void }) {
  const create = useCreateCourse();
  const navigate = useNavigate();
  const [title, setTitle] = useState("");
  const [slug, setSlug] = useState<string | null>(null);
  const [summary, setSummary] = useState("");
  const [cadence, setCadence] = useState<Cadence>({ kind: "daily" });
  const errors = fieldErrorsOf(create.error);

  return (
    <Card className="mb-8">
      <CardHeader>
        <CardTitle id="new-course-heading">New course</CardTitle>
      </CardHeader>
      <CardContent>
        <form
          aria-labelledby="new-course-heading"
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate(
              { title, slug: slug ?? slugOf(title), summary, cadence },
              { onSuccess: (created) => navigate(`/courses/${created.id}`) },
            );
          }}
        >
          <FormField label="Title" name="title" error={errors.title} required>
            {(control) => (
              <Input
                {...control}
                value={title}
                maxLength={200}
                onChange={(event) => setTitle(event.target.value)}
              />
            )}
          </FormField>
          <FormField
            label="Web name"
            name="slug"
            error={errors.slug}
            hint="Part of the course page's address: lower-case letters, digits and hyphens."
          >
            {(control) => (
              <Input
                {...control}
                value={slug ?? slugOf(title)}
                maxLength={80}
                onChange={(event) => setSlug(event.target.value)}
              />
            )}
          </FormField>
          <FormField
            label="Summary"
            name="summary"
            error={errors.summary}
            hint="A sentence or two on what the course gives; needed before publishing."
          >
            {(control) => (
              <Textarea
                {...control}
                rows={3}
                value={summary}
                maxLength={1000}
                onChange={(event) => setSummary(event.target.value)}
              />
            )}
          </FormField>
          <CadenceField value={cadence} onChange={setCadence} error={errors.cadence} />
          <FormAlert message={create.error ? formMessageOf(create.error) : null} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" pending={create.isPending}>
              Create and write lessons
            </Button>
            <Button variant="ghost" onClick={onCancel}>
              Cancel
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
