import { Copy, NotebookPen, Pencil, Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { Link, useLocation } from "react-router";
import type { TemplateSummary } from "../../../../contract/exercises";
import { DeleteButton } from "../../../components/delete-button";
import { QueryState } from "../../../components/query-state";
import { Alert } from "../../../components/ui/alert";
import { Button, buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { PageHeader } from "../../../components/ui/page-header";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDate } from "../../../lib/format-date";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useDeleteTemplate } from "../api/delete-template";
import { useExerciseTemplate } from "../api/get-template";
import { useExerciseTemplates } from "../api/list-templates";
import { sizeText } from "../components/exercise-status";
import { QUESTION_TYPE_LABELS } from "../components/template-draft";

/**
 * /exercise-templates: the coach's own exercises, to write, change and delete, and Keel's, to
 * preview and copy as a start for their own.
 */
export function ExerciseTemplatesPage() {
  useDocumentTitle("Exercises");
  const templates = useExerciseTemplates();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const [deleted, setDeleted] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title="Exercises"
        description="Self-reflection exercises you assign in an engagement. Keel's are ready to use; write your own with written, rating, ranking and multiple-choice questions."
        actions={
          <Link to="/exercise-templates/new" className={buttonClasses("primary")}>
            <Plus aria-hidden="true" />
            New exercise
          </Link>
        }
      />
      <div role="status" className="mb-4 empty:hidden">
        {saved && !deleted ? <Alert tone="success">Saved “{saved}”.</Alert> : null}
        {deleted ? <Alert tone="success">Deleted “{deleted}”.</Alert> : null}
      </div>
      <QueryState query={templates} loading="Loading exercises…">
        {(list) => {
          const own = list.filter((t) => t.kind === "own");
          const builtIn = list.filter((t) => t.kind === "built-in");
          return (
            <div className="space-y-8">
              <Card>
                <section aria-labelledby="own-heading">
                  <CardHeader>
                    <div>
                      <CardTitle id="own-heading" tabIndex={-1}>
                        Your exercises
                      </CardTitle>
                      <CardDescription>
                        Only you see and assign these. Clients keep the version they were given,
                        whatever you change later.
                      </CardDescription>
                    </div>
                  </CardHeader>
                  <CardContent>
                    {own.length === 0 ? (
                      <EmptyState
                        icon={NotebookPen}
                        title="No exercises of your own yet"
                        description="Write one from scratch, or copy one of Keel's below and adapt it."
                        action={
                          <Link to="/exercise-templates/new" className={buttonClasses("secondary")}>
                            <Plus aria-hidden="true" />
                            New exercise
                          </Link>
                        }
                      />
                    ) : (
                      <ul aria-labelledby="own-heading" className="divide-y divide-slate-100">
                        {own.map((template) => (
                          <OwnRow key={template.id} template={template} onDeleted={setDeleted} />
                        ))}
                      </ul>
                    )}
                  </CardContent>
                </section>
              </Card>
              <Card>
                <section aria-labelledby="built-in-heading">
                  <CardHeader>
                    <div>
                      <CardTitle id="built-in-heading">Keel's exercises</CardTitle>
                      <CardDescription>
                        For the initial assessment. Copy one to make it your own.
                      </CardDescription>
                    </div>
                  </CardHeader>
                  <CardContent>
                    <ul aria-labelledby="built-in-heading" className="divide-y divide-slate-100">
                      {builtIn.map((template) => (
                        <BuiltInRow key={template.id} template={template} />
                      ))}
                    </ul>
                  </CardContent>
                </section>
              </Card>
            </div>
          );
        }}
      </QueryState>
    </>
  );
}

function Facts({ template }: { template: TemplateSummary }) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <p className="font-medium text-slate-900">{template.title}</p>
      </div>
      <p className="text-sm text-slate-600">{template.purpose}</p>
      <p className="text-xs font-medium text-slate-600">
        {sizeText(template)}
        {template.hasWheel ? " · shows a wheel" : ""}
        {template.updatedAt ? ` · changed ${formatDate(template.updatedAt)}` : ""}
      </p>
    </>
  );
}

function OwnRow({
  template,
  onDeleted,
}: {
  template: TemplateSummary;
  onDeleted: (title: string) => void;
}) {
  const remove = useDeleteTemplate();
  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 flex-1 space-y-1">
        <Facts template={template} />
        {remove.error ? (
          <div role="alert">
            <Alert tone="danger">{formMessageOf(remove.error)}</Alert>
          </div>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2 sm:shrink-0">
        <Link
          to={`/exercise-templates/${template.id}/edit`}
          className={buttonClasses("secondary", "sm")}
        >
          <Pencil aria-hidden="true" />
          Edit<span className="sr-only">: {template.title}</span>
        </Link>
        <DeleteButton
          size="sm"
          question={`Delete “${template.title}”?`}
          description={
            <p>
              You won't be able to assign it any more. Clients who already have it keep their copy
              and their answers.
            </p>
          }
          confirmLabel="Delete exercise"
          pending={remove.isPending}
          onConfirm={(close) =>
            remove.mutate(template.id, {
              onSuccess: () => onDeleted(template.title),
              onSettled: close,
            })
          }
          focusWhenGone={() => document.getElementById("own-heading")}
        >
          <Trash2 aria-hidden="true" />
          Delete<span className="sr-only">: {template.title}</span>
        </DeleteButton>
      </div>
    </li>
  );
}

function BuiltInRow({ template }: { template: TemplateSummary }) {
  const [open, setOpen] = useState(false);
  return (
    <li className="space-y-3 py-4 first:pt-0 last:pb-0">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0 flex-1 space-y-1">
          <Facts template={template} />
        </div>
        <div className="flex flex-wrap gap-2 sm:shrink-0">
          <Button
            variant="ghost"
            size="sm"
            aria-expanded={open}
            aria-controls={`preview-${template.id}`}
            onClick={() => setOpen(!open)}
          >
            {open ? "Hide questions" : "Show questions"}
            <span className="sr-only">: {template.title}</span>
          </Button>
          <Link
            to={`/exercise-templates/new?from=${encodeURIComponent(template.id)}`}
            className={buttonClasses("secondary", "sm")}
          >
            <Copy aria-hidden="true" />
            Copy and adapt<span className="sr-only">: {template.title}</span>
          </Link>
        </div>
      </div>
      <div id={`preview-${template.id}`} hidden={!open}>
        {open ? <Preview id={template.id} /> : null}
      </div>
    </li>
  );
}

function Preview({ id }: { id: string }) {
  const template = useExerciseTemplate(id);
  return (
    <QueryState query={template} loading="Loading the questions…">
      {(view) => (
        <ol className="list-decimal space-y-1.5 rounded-lg bg-slate-50 py-3 pr-4 pl-9 text-sm text-slate-800">
          {view.questions.map((question) => (
            <li key={question.id}>
              {question.prompt}{" "}
              <span className="text-slate-600">
                ({QUESTION_TYPE_LABELS[question.type].toLowerCase()}
                {question.required ? "" : ", optional"})
              </span>
            </li>
          ))}
        </ol>
      )}
    </QueryState>
  );
}
