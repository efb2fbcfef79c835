import { useParams } from "react-router";
import { ResourcePage } from "../../../components/resource-page";
import { PageHeader } from "../../../components/ui/page-header";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useProgramme } from "../api/get-programme";
import { CohortsCard } from "../components/cohorts-card";
import { HealthSection } from "../components/health-section";
import { ParticipantsCard } from "../components/participants-card";
import { SponsorsCard } from "../components/sponsors-card";
import { TemplateCard } from "../components/template-card";
import type { TemplateChoices } from "../components/template-choices";

const BACK = { to: "/programmes", label: "Programmes" };

/** /programmes/:id: a programme's template, cohorts and participants. */
export function ProgrammePage({ choices }: { choices: TemplateChoices | null }) {
  const { id = "" } = useParams();
  const programme = useProgramme(id);
  useDocumentTitle(programme.data?.name ?? "Programme");
  return (
    <ResourcePage
      query={programme}
      loading="Loading the programme…"
      name="Programme"
      back={BACK}
      notFound="This programme doesn't exist, or it isn't one of your practice's."
      notFoundLink={{ to: "/programmes", label: "See the programmes" }}
    >
      {(data) => (
        <>
          <PageHeader title={data.name} description={`For ${data.organisationName}`} back={BACK} />
          <div className="space-y-6">
            <div className="grid gap-6 lg:grid-cols-2">
              <TemplateCard programme={data} choices={choices} />
              <CohortsCard programme={data} />
            </div>
            <ParticipantsCard programme={data} />
            <div className="grid gap-6 lg:grid-cols-2">
              <HealthSection programme={data} />
              <SponsorsCard programme={data} />
            </div>
          </div>
        </>
      )}
    </ResourcePage>
  );
}
