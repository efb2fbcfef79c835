import { Eye, Layers, Trash2 } from "lucide-react";
import { useState } from "react";
import { Link, useLocation } from "react-router";
import type { ModelSummary } from "../../../../contract/competency-models";
import { DeleteButton } from "../../../components/delete-button";
import { QueryState } from "../../../components/query-state";
import { Alert } from "../../../components/ui/alert";
import { Badge } from "../../../components/ui/badge";
import { buttonClasses } from "../../../components/ui/button";
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
import { useDeleteModel } from "../api/delete-model";
import { useCompetencyModels } from "../api/list-models";
import { CopyModelButton } from "../components/copy-model-button";
import { sizeText } from "../components/model-draft";

/**
 * /competency-models: the models a 360 survey can ask about. Keel's, to read and to copy; the
 * coach's own, to open, adapt and delete.
 */
export function CompetencyModelsPage() {
  useDocumentTitle("Competency models");
  const models = useCompetencyModels();
  const fromModelPage = (useLocation().state as { deleted?: string } | null)?.deleted ?? null;
  const [deleted, setDeleted] = useState<string | null>(fromModelPage);

  return (
    <>
      <PageHeader
        title="Competency models"
        description="The leadership behaviours a 360-degree feedback survey asks raters about. Use Keel's model as it is, or copy it and adapt your own version."
      />
      <div role="status" className="mb-4 empty:hidden">
        {deleted ? <Alert tone="success">Deleted “{deleted}”.</Alert> : null}
      </div>
      <QueryState query={models} loading="Loading competency models…">
        {(list) => {
          const builtIn = list.filter((model) => model.source === "built-in");
          const own = list.filter((model) => model.source === "own");
          const names = new Map(list.map((model) => [model.id, model.name]));
          return (
            <div className="space-y-8">
              <Card>
                <section aria-labelledby="built-in-heading">
                  <CardHeader>
                    <div>
                      <CardTitle id="built-in-heading">Keel's models</CardTitle>
                      <CardDescription>
                        Written for Keel from established 360 practice. They can't be changed: copy
                        one to adapt it.
                      </CardDescription>
                    </div>
                  </CardHeader>
                  <CardContent>
                    <ul aria-labelledby="built-in-heading" className="divide-y divide-slate-100">
                      {builtIn.map((model) => (
                        <BuiltInRow key={model.id} model={model} />
                      ))}
                    </ul>
                  </CardContent>
                </section>
              </Card>
              <Card>
                <section aria-labelledby="own-heading">
                  <CardHeader>
                    <div>
                      <CardTitle id="own-heading" tabIndex={-1}>
                        Your models
                      </CardTitle>
                      <CardDescription>
                        Only you see and use these. Each saved change is a new version; campaigns
                        keep the version they began with.
                      </CardDescription>
                    </div>
                  </CardHeader>
                  <CardContent>
                    {own.length === 0 ? (
                      <EmptyState
                        icon={Layers}
                        title="No models of your own yet"
                        description="Copy Keel's model to reword its behaviours, add your own or leave some out."
                      />
                    ) : (
                      <ul aria-labelledby="own-heading" className="divide-y divide-slate-100">
                        {own.map((model) => (
                          <OwnRow
                            key={model.id}
                            model={model}
                            basedOnName={model.basedOn ? names.get(model.basedOn) : undefined}
                            onDeleted={setDeleted}
                          />
                        ))}
                      </ul>
                    )}
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

function Facts({ model, basedOnName }: { model: ModelSummary; basedOnName?: string | undefined }) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Link
          to={`/competency-models/${model.id}`}
          className="font-medium text-slate-900 underline-offset-4 hover:underline"
        >
          {model.name}
        </Link>
        <Badge tone={model.source === "own" ? "brand" : "neutral"}>Version {model.version}</Badge>
      </div>
      {model.summary ? <p className="text-sm text-slate-600">{model.summary}</p> : null}
      <p className="text-xs font-medium text-slate-600">
        {sizeText(model)}
        {basedOnName ? ` · based on ${basedOnName}` : ""}
        {model.updatedAt ? ` · changed ${formatDate(model.updatedAt)}` : ""}
      </p>
    </>
  );
}

function BuiltInRow({ model }: { model: ModelSummary }) {
  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 flex-1 space-y-1">
        <Facts model={model} />
      </div>
      <div className="flex flex-wrap items-start gap-2 sm:shrink-0">
        <Link to={`/competency-models/${model.id}`} className={buttonClasses("ghost", "sm")}>
          <Eye aria-hidden="true" />
          Read<span className="sr-only">: {model.name}</span>
        </Link>
        <CopyModelButton model={model} />
      </div>
    </li>
  );
}

function OwnRow({
  model,
  basedOnName,
  onDeleted,
}: {
  model: ModelSummary;
  basedOnName: string | undefined;
  onDeleted: (name: string) => void;
}) {
  const remove = useDeleteModel();
  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 flex-1 space-y-1">
        <Facts model={model} basedOnName={basedOnName} />
        {remove.error ? (
          <div role="alert">
            <Alert tone="danger">{formMessageOf(remove.error)}</Alert>
          </div>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2 sm:shrink-0">
        <Link to={`/competency-models/${model.id}`} className={buttonClasses("secondary", "sm")}>
          Open<span className="sr-only">: {model.name}</span>
        </Link>
        <DeleteButton
          size="sm"
          question={`Delete “${model.name}”?`}
          description={
            <p>
              You won't be able to start new campaigns with it. Campaigns already created keep their
              copy, and their reports stay as they are.
            </p>
          }
          confirmLabel="Delete model"
          pending={remove.isPending}
          onConfirm={(close) =>
            remove.mutate(model.id, { onSuccess: () => onDeleted(model.name), onSettled: close })
          }
          focusWhenGone={() => document.getElementById("own-heading")}
        >
          <Trash2 aria-hidden="true" />
          Delete<span className="sr-only">: {model.name}</span>
        </DeleteButton>
      </div>
    </li>
  );
}
