import { GraduationCap, Plus } from "lucide-react";
import { useState } from "react";
import { useNavigate } from "react-router";
import { QueryState } from "../../../components/query-state";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { PageHeader } from "../../../components/ui/page-header";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCreateProgramme } from "../api/create-programme";
import { useProgrammes } from "../api/list-programmes";
import { EMPTY_DRAFT } from "../components/programme-draft";
import { ProgrammeForm } from "../components/programme-form";
import { ProgrammeList } from "../components/programme-list";
import type { TemplateChoices } from "../components/template-choices";

/** /programmes (the practice's admin): the programmes run for organisations, and a new one. */
export function ProgrammesPage({ choices }: { choices: TemplateChoices | null }) {
  useDocumentTitle("Programmes");
  const programmes = useProgrammes();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="Programmes"
        description="Coaching an organisation buys for many of its leaders: one template, cohorts that start together, participants imported from a spreadsheet."
        actions={
          creating ? null : (
            <Button onClick={() => setCreating(true)}>
              <Plus aria-hidden="true" />
              New programme
            </Button>
          )
        }
      />
      {creating ? <NewProgrammeCard choices={choices} onCancel={() => setCreating(false)} /> : null}
      <Card>
        <section aria-labelledby="programmes-heading">
          <CardHeader>
            <CardTitle id="programmes-heading">The practice's programmes</CardTitle>
          </CardHeader>
          <CardContent>
            <QueryState query={programmes} loading="Loading programmes…">
              {(list) =>
                list.length === 0 ? (
                  <EmptyState
                    icon={GraduationCap}
                    title="No programmes yet"
                    description="Start one: name the organisation, choose what every participant's coaching holds, then add cohorts and import the participants."
                  />
                ) : (
                  <ProgrammeList programmes={list} />
                )
              }
            </QueryState>
          </CardContent>
        </section>
      </Card>
    </>
  );
}

function NewProgrammeCard({
  choices,
  onCancel,
}: {
  choices: TemplateChoices | null;
  onCancel: () => void;
}) {
  const create = useCreateProgramme();
  const navigate = useNavigate();
  return (
    <Card className="mb-8">
      <CardHeader>
        <div>
          <CardTitle id="new-programme-heading">New programme</CardTitle>
          <CardDescription>
            The template is what every participant's coaching holds; you can change it later.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <ProgrammeForm
          labelledBy="new-programme-heading"
          initial={EMPTY_DRAFT}
          choices={choices}
          submitLabel="Create programme"
          pending={create.isPending}
          onCancel={onCancel}
          onSave={(body, refused) =>
            create.mutate(body, {
              onSuccess: (created) => navigate(`/programmes/${created.id}`),
              onError: refused,
            })
          }
        />
      </CardContent>
    </Card>
  );
}
