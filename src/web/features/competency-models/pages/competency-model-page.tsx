import { Pencil, Trash2 } from "lucide-react";
import { Link, useLocation, useNavigate, useParams, useSearchParams } from "react-router";
import type { ModelView } from "../../../../contract/competency-models";
import { DeleteButton } from "../../../components/delete-button";
import { ResourcePage } from "../../../components/resource-page";
import { Alert } from "../../../components/ui/alert";
import { Badge } from "../../../components/ui/badge";
import { buttonClasses } from "../../../components/ui/button";
import { PageHeader } from "../../../components/ui/page-header";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDate } from "../../../lib/format-date";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useDeleteModel } from "../api/delete-model";
import { useCompetencyModel } from "../api/get-model";
import { CopyModelButton } from "../components/copy-model-button";
import { sizeText } from "../components/model-draft";
import { ModelEditor } from "../components/model-editor";
import { ModelReadView } from "../components/model-read-view";

const back = { to: "/competency-models", label: "Competency models" };

type PageState = { copiedFrom?: string; savedVersion?: number } | null;

/**
 * /competency-models/:id: a model to read; for the coach's own, ?edit opens the editor.
 */
export function CompetencyModelPage() {
  const { id = "" } = useParams();
  const model = useCompetencyModel(id);
  const [search] = useSearchParams();
  const editing = search.has("edit");
  useDocumentTitle(model.data ? model.data.name : "Competency model");

  return (
    <ResourcePage
      query={model}
      loading="Loading the model…"
      name="Competency model"
      back={back}
      notFound="This model doesn't exist, or it isn't one of yours."
      notFoundLink={{ to: back.to, label: "Back to competency models" }}
    >
      {(view) =>
        editing && view.source === "own" ? (
          <EditModel key={`${view.id}@${view.version}`} model={view} />
        ) : (
          <ReadModel model={view} editRefused={editing} />
        )
      }
    </ResourcePage>
  );
}

function Eyebrow({ model }: { model: ModelView }) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
      <Badge tone={model.source === "own" ? "brand" : "neutral"}>
        {model.source === "own" ? "Your model" : "Keel's model"} · version {model.version}
      </Badge>
      <span>{sizeText(model)}</span>
      {model.updatedAt ? <span>· changed {formatDate(model.updatedAt)}</span> : null}
    </div>
  );
}

function ReadModel({ model, editRefused }: { model: ModelView; editRefused: boolean }) {
  const state = useLocation().state as PageState;
  return (
    <>
      <PageHeader
        title={model.name}
        description={model.summary || undefined}
        eyebrow={<Eyebrow model={model} />}
        back={back}
        actions={
          model.source === "own" ? (
            <OwnActions model={model} />
          ) : (
            <CopyModelButton model={model} variant="primary" size="md" />
          )
        }
      />
      <div role="status" className="mb-6 empty:hidden">
        {state?.savedVersion === model.version ? (
          <Alert tone="success">Saved as version {model.version}.</Alert>
        ) : null}
      </div>
      {editRefused && model.source === "built-in" ? (
        <Alert tone="info" className="mb-6">
          Keel's models can't be changed. Copy it to edit your own version.
        </Alert>
      ) : null}
      <ModelReadView model={model} />
    </>
  );
}

function OwnActions({ model }: { model: ModelView }) {
  const remove = useDeleteModel();
  const navigate = useNavigate();
  return (
    <>
      <Link to="?edit" className={buttonClasses("primary")}>
        <Pencil aria-hidden="true" />
        Edit
      </Link>
      <DeleteButton
        question={`Delete “${model.name}”?`}
        description={
          <>
            <p>
              You won't be able to start new campaigns with it. Campaigns already created keep their
              copy, and their reports stay as they are.
            </p>
            {remove.error ? (
              <p role="alert" className="font-medium text-red-700">
                {formMessageOf(remove.error)}
              </p>
            ) : null}
          </>
        }
        confirmLabel="Delete model"
        pending={remove.isPending}
        onConfirm={() =>
          remove.mutate(model.id, {
            onSuccess: () => navigate(back.to, { replace: true, state: { deleted: model.name } }),
          })
        }
      >
        <Trash2 aria-hidden="true" />
        Delete
      </DeleteButton>
    </>
  );
}

function EditModel({ model }: { model: ModelView }) {
  const navigate = useNavigate();
  const state = useLocation().state as PageState;
  const view = `/competency-models/${model.id}`;
  return (
    <>
      <PageHeader
        title={`Edit “${model.name}”`}
        eyebrow={<Eyebrow model={model} />}
        back={{ to: view, label: model.name }}
      />
      {state?.copiedFrom ? (
        <div role="status" className="mb-6">
          <Alert tone="success">
            This is your own copy of “{state.copiedFrom}”. Adapt it below; the original stays as it
            is.
          </Alert>
        </div>
      ) : null}
      <ModelEditor
        model={model}
        onSaved={(saved) =>
          navigate(view, { replace: true, state: { savedVersion: saved.version } })
        }
        onCancel={() => navigate(view, { replace: true })}
      />
    </>
  );
}
