import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import type { TemplateView } from "../../../../contract/exercises";
import type { ExerciseContent } from "../../../../domain/exercise/template";
import { ErrorState } from "../../../components/error-state";
import { Alert } from "../../../components/ui/alert";
import { LoadingState } from "../../../components/ui/loading-state";
import { PageHeader } from "../../../components/ui/page-header";
import { isApiError } from "../../../lib/api-client";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useExerciseTemplate } from "../api/get-template";
import { emptyTemplate } from "../components/template-draft";
import { TemplateEditor } from "../components/template-editor";

const back = { to: "/exercise-templates", label: "Exercises" };

/**
 * /exercise-templates/new (empty, or ?from=<id> to start from a copy) and
 * /exercise-templates/:id/edit (one of the coach's own).
 */
export function TemplateEditorPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const from = id ? null : search.get("from");
  const source = useExerciseTemplate(id ?? from);
  const navigate = useNavigate();
  const editing = Boolean(id);
  const title = editing ? "Edit exercise" : from ? "Copy an exercise" : "New exercise";
  useDocumentTitle(title);

  const onSaved = (saved: TemplateView) =>
    navigate("/exercise-templates", { state: { saved: saved.title } });

  if (!id && !from)
    return (
      <>
        <PageHeader title={title} back={back} />
        <TemplateEditor initial={emptyTemplate()} templateId={null} onSaved={onSaved} />
      </>
    );
  if (source.isPending) return <LoadingState label="Loading the exercise…" />;
  if (source.error) {
    const status = isApiError(source.error) ? source.error.status : 0;
    return (
      <>
        <PageHeader title={title} back={back} />
        {status === 404 || status === 400 ? (
          <Alert tone="warning">
            This exercise doesn't exist, or it isn't one of yours.{" "}
            <Link to={back.to} className="font-medium underline">
              Back to exercises
            </Link>
          </Alert>
        ) : (
          <ErrorState error={source.error} onRetry={() => void source.refetch()} />
        )}
      </>
    );
  }
  const template = source.data;
  if (editing && template.kind !== "own")
    return (
      <>
        <PageHeader title={title} back={back} />
        <Alert tone="info">
          Keel's own exercises can't be changed.{" "}
          <Link
            to={`/exercise-templates/new?from=${encodeURIComponent(template.id)}`}
            className="font-medium underline"
          >
            Make a copy to adapt
          </Link>
        </Alert>
      </>
    );
  const initial: ExerciseContent = {
    title: editing ? template.title : `${template.title} (my version)`,
    purpose: template.purpose,
    instructions: template.instructions,
    ...(template.minutes ? { minutes: template.minutes } : {}),
    questions: template.questions,
    groups: template.groups,
  };
  return (
    <>
      <PageHeader
        title={title}
        description={
          editing
            ? "Clients who already have this exercise keep the version they were given."
            : from
              ? `Starting from “${template.title}”. Change anything; the original stays as it is.`
              : undefined
        }
        back={back}
      />
      <TemplateEditor
        key={template.id}
        initial={initial}
        templateId={editing ? template.id : null}
        onSaved={onSaved}
      />
    </>
  );
}
