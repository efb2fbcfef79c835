import { useParams } from "react-router";
import type { Programme } from "../../../../contract/programmes";
import { ResourcePage } from "../../../components/resource-page";
import { Alert, FormAlert } from "../../../components/ui/alert";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { LoadingState } from "../../../components/ui/loading-state";
import { PageHeader } from "../../../components/ui/page-header";
import { TextLink } from "../../../components/ui/text-link";
import { formMessageOf } from "../../../lib/form-errors";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useProgramme } from "../api/get-programme";
import { CsvSourcePicker } from "../components/csv-source";
import { ImportColumns } from "../components/import-columns";
import { ImportCommit } from "../components/import-commit";
import { ImportPreviewView } from "../components/import-preview";
import { useParticipantImport } from "../components/use-participant-import";

/** /programmes/:id/import: participants from a CSV file, checked row by row, then invited. */
export function ImportPage() {
  const { id = "" } = useParams();
  const programme = useProgramme(id);
  useDocumentTitle("Import participants");
  const back = {
    to: `/programmes/${encodeURIComponent(id)}`,
    label: programme.data?.name ?? "Programme",
  };
  return (
    <ResourcePage
      query={programme}
      loading="Loading the programme…"
      name="Programme"
      back={{ to: "/programmes", label: "Programmes" }}
      notFound="This programme doesn't exist, or it isn't one of your practice's."
      notFoundLink={{ to: "/programmes", label: "See the programmes" }}
    >
      {(data) => (
        <>
          <PageHeader
            title="Import participants"
            description={`Into ${data.name}, for ${data.organisationName}. Nothing is saved until every row is ready and you invite them.`}
            back={back}
          />
          <ImportSteps programme={data} />
        </>
      )}
    </ResourcePage>
  );
}

function ImportSteps({ programme }: { programme: Programme }) {
  const flow = useParticipantImport(programme.id);
  const { preview, commit, source } = flow;
  const busy = preview.isPending || commit.isPending;
  return (
    <div className="space-y-6">
      {programme.cohorts.length === 0 ? (
        <Alert tone="warning" title="Add a cohort first">
          Each row names its cohort, and the programme has none yet.{" "}
          <TextLink to={`/programmes/${encodeURIComponent(programme.id)}`}>
            Add one on the programme's page
          </TextLink>
          .
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <div>
              <CardTitle id="file-heading">The file</CardTitle>
              <CardDescription>
                Choose it, or paste its rows; every row is checked first.
              </CardDescription>
            </div>
          </CardHeader>
          <CardContent>
            <CsvSourcePicker disabled={busy || Boolean(commit.data)} onChosen={flow.check} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle id="columns-heading">Columns expected</CardTitle>
          </CardHeader>
          <CardContent>
            <ImportColumns cohorts={programme.cohorts} />
          </CardContent>
        </Card>
      </div>
      {source ? (
        <Card>
          <CardContent className="space-y-6 pt-5 sm:pt-6">
            {preview.isPending ? (
              <LoadingState label={`Checking ${source.from}…`} />
            ) : preview.data ? (
              <>
                <ImportPreviewView preview={preview.data} from={source.from} />
                <ImportCommit flow={flow} preview={preview.data} programmeId={programme.id} />
              </>
            ) : (
              <FormAlert message={formMessageOf(preview.error)} />
            )}
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
