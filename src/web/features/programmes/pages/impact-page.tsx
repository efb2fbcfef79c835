import { Download } from "lucide-react";
import { type ReactNode, useState } from "react";
import { useParams } from "react-router";
import type { ProgrammeImpact } from "../../../../contract/programme-impact";
import { ResourcePage } from "../../../components/resource-page";
import { buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { PageHeader } from "../../../components/ui/page-header";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";
import { useProgrammeImpact } from "../api/get-impact";
import { CompetencyChange } from "../components/competency-change";
import { ALL, viewOf } from "../components/impact-choices";
import { ImpactFigures, Withheld } from "../components/impact-figures";
import { ParticipationChart } from "../components/participation-chart";
import { type ViewChoice, ViewPicker } from "../components/view-picker";

const SPONSOR_BACK = { to: "/sponsored-programmes", label: "Programmes" };

/** The sponsor goes back to their programmes; the admin to the programme's own page. */
function useBack(id: string) {
  const me = useCurrentUser();
  return me.role === "sponsor"
    ? SPONSOR_BACK
    : { to: `/programmes/${encodeURIComponent(id)}`, label: "Programme" };
}

/** /programmes/:id/impact: the programme's aggregates, for its sponsor and the practice admin. */
export function ImpactPage() {
  const { id = "" } = useParams();
  const impact = useProgrammeImpact(id);
  const back = useBack(id);
  useDocumentTitle(impact.data ? `${impact.data.programme.name}: impact` : "Programme impact");
  return (
    <ResourcePage
      query={impact}
      loading="Loading the programme's figures…"
      name="Programme"
      back={back}
      notFound="This programme doesn't exist, or you are not one of its sponsors."
      notFoundLink={{ to: "/sponsored-programmes", label: "See your programmes" }}
    >
      {(data) => <ImpactContent impact={data} back={back} />}
    </ResourcePage>
  );
}

function ImpactContent({
  impact,
  back,
}: {
  impact: ProgrammeImpact;
  back: { to: string; label: string };
}) {
  const [choice, setChoice] = useState<ViewChoice>({ cohortId: ALL, stage: ALL });
  const view = viewOf(impact, choice.cohortId, choice.stage);
  return (
    <>
      <PageHeader
        title={impact.programme.name}
        description={`For ${impact.programme.organisationName}. Figures for groups only, each on at least ${impact.threshold} people; nobody's own coaching is shown.`}
        back={back}
      />
      <div className="space-y-6">
        <Card>
          <section aria-labelledby="figures-heading">
            <CardHeader>
              <div className="min-w-0 sm:flex-1">
                <CardTitle id="figures-heading">Figures</CardTitle>
                <CardDescription>
                  Choose a cohort or a stage. A group with too few people, or one that beside the
                  others would single out fewer than {impact.threshold}, is listed but not shown.
                </CardDescription>
              </div>
              <a
                href={impactPdfUrl(impact.programme.id, choice)}
                download
                className={buttonClasses("secondary", "sm")}
              >
                <Download aria-hidden="true" />
                Download PDF
              </a>
            </CardHeader>
            <CardContent className="space-y-4">
              <ViewPicker impact={impact} choice={choice} onChange={setChoice} />
              {view ? <ImpactFigures view={view} threshold={impact.threshold} /> : null}
              {impact.withheldCohorts.length > 0 ? (
                <p className="text-sm text-slate-600">
                  {impact.withheldCohorts.length === 1
                    ? "One cohort has"
                    : `${impact.withheldCohorts.length} cohorts have`}{" "}
                  fewer than {impact.threshold} people, so{" "}
                  {impact.withheldCohorts.length === 1 ? "it is" : "they are"} left out of every
                  figure, the programme's included.
                </p>
              ) : null}
            </CardContent>
          </section>
        </Card>
        <div className="grid gap-6 lg:grid-cols-2">
          <ChartCard title="Participation" description="Participants who have started, by cohort.">
            <ParticipationChart impact={impact} />
          </ChartCard>
          <ChartCard
            title="Change in the 360 competencies"
            description="Mean change from the baseline 360 to its repeat, in the group chosen above."
          >
            {view?.figures ? (
              <CompetencyChange impact={impact} view={view} />
            ) : view ? (
              <Withheld view={view} threshold={impact.threshold} />
            ) : null}
          </ChartCard>
        </div>
      </div>
    </>
  );
}

/** The PDF of the figures as the page shows them: the same cohort and stage. */
function impactPdfUrl(programmeId: string, choice: ViewChoice): string {
  const query = new URLSearchParams();
  if (choice.cohortId !== ALL) query.set("cohort", choice.cohortId);
  if (choice.stage !== ALL) query.set("stage", choice.stage);
  const search = query.toString();
  return `/api/programmes/${encodeURIComponent(programmeId)}/impact.pdf${search ? `?${search}` : ""}`;
}

function ChartCard({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  // min-w-0: a grid cell otherwise keeps its chart's width when the window narrows.
  return (
    <Card className="min-w-0">
      <CardHeader>
        <div>
          <CardTitle>{title}</CardTitle>
          <CardDescription>{description}</CardDescription>
        </div>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}
